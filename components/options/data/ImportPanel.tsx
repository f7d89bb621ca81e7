/**
 * Restores a JSON backup. Two steps on purpose: choose the file, then confirm that it replaces
 * everything. The page streams the file into IndexedDB in one transaction, validating every
 * record on the way; a bad file changes nothing and the page lists why (which record, which field).
 */
import { useRef, useState } from 'preact/hooks';
import { STORE_NAMES, type StoreCounts } from '@/utils/data';
import type { OptionsKey } from '@/utils/i18n/options-strings';
import { useLocale } from '../i18n';
import type { DataPort } from './port';
import { problemText } from './problem-text';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; counts: StoreCounts }
  | { kind: 'refused'; lines: string[] }
  | { kind: 'failed'; reason: string };

interface Props {
  port: DataPort;
  /** Called after data was replaced, so the page can reload what it shows. */
  onRestored?: () => void;
}

const COUNT_KEYS: Record<keyof StoreCounts, OptionsKey> = {
  clients: 'store.clients',
  invoices: 'store.invoices',
  events: 'store.events',
  followups: 'store.followups',
  summaries: 'store.summaries',
  replyCorrections: 'store.replyCorrections',
};

export function ImportPanel({ port, onRestored }: Props) {
  const { t, lang } = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);

  const restore = async () => {
    if (!file) return;
    setStatus({ kind: 'busy' });
    try {
      const result = await port.importBackup(file);
      if (result.ok) {
        setStatus({ kind: 'done', counts: result.counts });
        setFile(null);
        if (input.current) input.current.value = '';
        onRestored?.();
        return;
      }
      const lines = result.problems.map((p) => problemText(p, t));
      if (result.total > result.problems.length)
        lines.push(t('problem.more', { n: result.total - result.problems.length }));
      setStatus({ kind: 'refused', lines });
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  const size = file
    ? new Intl.NumberFormat(lang, {
        style: 'unit',
        unit: 'kilobyte',
        maximumFractionDigits: 1,
      }).format(file.size / 1024)
    : '';
  return (
    <div class="data-panel" aria-labelledby="import-title">
      <h3 id="import-title">{t('import.title')}</h3>
      <p>{t('import.intro')}</p>
      <div class="field">
        <label for="import-file">{t('import.choose')}</label>
        <input
          ref={input}
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setStatus({ kind: 'idle' });
          }}
        />
      </div>
      {file && (
        <div class="notice">
          <p>{t('import.selected', { name: file.name, size })}</p>
          <button type="button" class="danger" disabled={status.kind === 'busy'} onClick={restore}>
            {t('import.replace')}
          </button>
        </div>
      )}
      <div role="status" class="panel-status">
        {status.kind === 'busy' && t('import.working')}
        {status.kind === 'done' && (
          <>
            {t('import.done')}{' '}
            {STORE_NAMES.map((s) => `${t(COUNT_KEYS[s])}: ${status.counts[s]}`).join(', ')}
          </>
        )}
      </div>
      {status.kind === 'refused' && (
        <div role="alert" class="notice error import-problems">
          <p>
            <strong>{t('import.refused')}</strong>
          </p>
          <ul>
            {status.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {status.kind === 'failed' && (
        <p role="alert" class="notice error">
          {t('import.failed', { reason: status.reason })}
        </p>
      )}
    </div>
  );
}
