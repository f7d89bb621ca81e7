/** Downloads: the complete JSON backup, and invoices/payments as CSV for spreadsheets. */
import { useState } from 'preact/hooks';
import { exportFileName, invoicesCsv, paymentsCsv, type ImportProblem } from '@/utils/data';
import { useLocale } from '../i18n';
import type { DataPort, Downloader } from './port';
import { problemText } from './problem-text';

type Kind = 'export' | 'invoices' | 'payments';
type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; message: string; warnings: string[] }
  | { kind: 'failed'; reason: string };

interface Props {
  port: DataPort;
  download: Downloader;
}

export function ExportPanel({ port, download }: Props) {
  const { t } = useLocale();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const run = async (kind: Kind) => {
    setStatus({ kind: 'busy' });
    try {
      let message: string;
      let selfCheck: { problems: ImportProblem[]; total: number } = { problems: [], total: 0 };
      if (kind === 'export') {
        // Streamed from IndexedDB in batches: no size limit from runtime messages.
        const backup = await port.exportBackup();
        const name = exportFileName(kind, backup.exportedAt);
        download(name, 'application/json', backup.blob);
        selfCheck = backup.selfCheck;
        message = t('export.doneJson', {
          name,
          clients: backup.counts.clients,
          invoices: backup.counts.invoices,
          events: backup.counts.events,
        });
      } else {
        const { file } = await port.exportData();
        const name = exportFileName(kind, file.exportedAt);
        download(
          name,
          'text/csv;charset=utf-8',
          kind === 'invoices' ? invoicesCsv(file.stores) : paymentsCsv(file.stores),
        );
        message = t('export.doneCsv', { name });
      }
      const warnings = selfCheck.problems.map((p) => problemText(p, t));
      if (selfCheck.total > selfCheck.problems.length)
        warnings.push(t('problem.more', { n: selfCheck.total - selfCheck.problems.length }));
      setStatus({ kind: 'done', message, warnings: kind === 'export' ? warnings : [] });
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  const busy = status.kind === 'busy';
  return (
    <div class="data-panel" aria-labelledby="export-title">
      <h3 id="export-title">{t('export.title')}</h3>
      <p>{t('export.intro')}</p>
      <div class="button-row">
        <button type="button" class="primary" disabled={busy} onClick={() => run('export')}>
          {t('export.json')}
        </button>
        <button type="button" disabled={busy} onClick={() => run('invoices')}>
          {t('export.invoicesCsv')}
        </button>
        <button type="button" disabled={busy} onClick={() => run('payments')}>
          {t('export.paymentsCsv')}
        </button>
      </div>
      <p class="field-hint">{t('export.csvHint')}</p>
      <div role="status" class="panel-status">
        {busy && t('export.working')}
        {status.kind === 'done' && status.message}
      </div>
      {status.kind === 'done' && status.warnings.length > 0 && (
        <div role="alert" class="notice warning">
          <p>{t('export.selfCheckFailed')}</p>
          <ul>
            {status.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {status.kind === 'failed' && (
        <p role="alert" class="notice error">
          {t('export.failed', { reason: status.reason })}
        </p>
      )}
    </div>
  );
}
