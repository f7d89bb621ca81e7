/** "Your data": backup, restore, erase. */
import { Section } from '../ui/Section';
import { useLocale } from '../i18n';
import { downloadText } from './download';
import { ErasePanel } from './ErasePanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import type { DataPort, Downloader } from './port';
import { exportFileName } from '@/utils/data';

interface Props {
  port: DataPort;
  download?: Downloader;
  /** Data or settings were replaced or erased. */
  onChanged?: () => void;
}

export function DataSection({ port, download = downloadText, onChanged }: Props) {
  const { t } = useLocale();
  const backup = async () => {
    const file = await port.exportBackup();
    download(exportFileName('export', file.exportedAt), 'application/json', file.blob);
  };
  return (
    <Section id="data" title={t('section.data')} intro={t('data.intro')}>
      <ExportPanel port={port} download={download} />
      <ImportPanel port={port} onRestored={onChanged} />
      <ErasePanel port={port} onBackup={() => void backup()} onErased={onChanged} />
    </Section>
  );
}
