/**
 * Erases everything, behind a confirmation: the user types a word in their UI language. Settings
 * are erased too unless the user keeps them. Escape or Cancel closes the confirmation.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocale } from '../i18n';
import type { DataPort } from './port';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; settingsReset: boolean }
  | { kind: 'failed'; reason: string };

interface Props {
  port: DataPort;
  /** Offered before erasing: download a backup. */
  onBackup: () => void;
  onErased?: () => void;
}

/** Compares the typed word without regard to case, spaces or Unicode composition. */
const matches = (typed: string, word: string): boolean =>
  typed.trim().normalize('NFC').toLocaleLowerCase() === word.normalize('NFC').toLocaleLowerCase();

export function ErasePanel({ port, onBackup, onErased }: Props) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [keepSettings, setKeepSettings] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const opener = useRef<HTMLButtonElement>(null);
  const confirmInput = useRef<HTMLInputElement>(null);
  const word = t('erase.word');

  useEffect(() => {
    if (open) confirmInput.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setTyped('');
    opener.current?.focus();
  };

  const erase = async () => {
    if (!matches(typed, word)) return;
    setStatus({ kind: 'busy' });
    try {
      const res = await port.eraseAll(keepSettings);
      setStatus({ kind: 'done', settingsReset: res.settingsReset });
      close();
      onErased?.();
    } catch (e) {
      setStatus({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div class="data-panel danger-zone" aria-labelledby="erase-title">
      <h3 id="erase-title">{t('erase.title')}</h3>
      <p>{t('erase.intro')}</p>
      <button
        ref={opener}
        type="button"
        class="danger"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="erase-confirm"
        onClick={() => {
          if (open) return close();
          setOpen(true);
          setStatus({ kind: 'idle' });
        }}
      >
        {t('erase.start')}
      </button>
      {open && (
        <div
          id="erase-confirm"
          class="confirm-box"
          role="group"
          aria-labelledby="erase-confirm-title"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p id="erase-confirm-title">
            <strong>{t('erase.warning')}</strong>
          </p>
          <p>
            <button type="button" class="linklike" onClick={onBackup}>
              {t('erase.backupFirst')}
            </button>
          </p>
          <div class="checkbox">
            <input
              id="erase-keep-settings"
              type="checkbox"
              checked={keepSettings}
              onChange={(e) => setKeepSettings(e.currentTarget.checked)}
            />
            <label for="erase-keep-settings">{t('erase.keepSettings')}</label>
          </div>
          <form
            class="field"
            onSubmit={(e) => {
              e.preventDefault();
              void erase();
            }}
          >
            <label for="erase-word">{t('erase.typeWord', { word })}</label>
            <input
              ref={confirmInput}
              id="erase-word"
              type="text"
              autoComplete="off"
              spellcheck={false}
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
            <div class="button-row">
              <button
                type="submit"
                class="danger"
                disabled={!matches(typed, word) || status.kind === 'busy'}
              >
                {t('erase.confirm')}
              </button>
              <button type="button" onClick={close}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        </div>
      )}
      <div role="status" class="panel-status">
        {status.kind === 'busy' && t('erase.working')}
        {status.kind === 'done' &&
          (status.settingsReset ? t('erase.doneAll') : t('erase.doneData'))}
      </div>
      {status.kind === 'failed' && (
        <p role="alert" class="notice error">
          {t('erase.failed', { reason: status.reason })}
        </p>
      )}
    </div>
  );
}
