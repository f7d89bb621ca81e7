/**
 * Self-hosted Invoice Ninja portals. Firmly has no standing access to arbitrary sites: adding a
 * portal asks the browser for that one origin (the prompt needs this click), and only then does
 * the invoice-pages reader run there. Removing it gives the permission back.
 */
import { useEffect, useState } from 'preact/hooks';
import { useLocale } from '../i18n';
import { Section } from '../ui/Section';

export interface PortalPort {
  /** The portals currently watched, as match patterns (`https://host/*`). */
  list(): Promise<string[]>;
  /** Asks for access to the portal; false when the user declines. */
  add(origin: string): Promise<boolean>;
  remove(pattern: string): Promise<void>;
}

/** `billing.example.com` or `https://billing.example.com/client/invoices` → its https origin. */
export function portalOrigin(raw: string): string | null {
  const text = raw.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' || !url.hostname.includes('.')) return null;
    return url.origin;
  } catch {
    return null;
  }
}

const hostOf = (pattern: string) => pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error' | 'done'; text: string };

export function PortalsSection({ port }: { port: PortalPort }) {
  const { t } = useLocale();
  const [patterns, setPatterns] = useState<string[] | null>(null);
  const [raw, setRaw] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const reload = () =>
    port.list().then(setPatterns, (e: Error) => {
      setPatterns([]);
      setStatus({ kind: 'error', text: t('portals.failed', { reason: e.message }) });
    });
  useEffect(() => void reload(), [port]);

  const add = async (e: Event) => {
    e.preventDefault();
    const origin = portalOrigin(raw);
    if (!origin) return setStatus({ kind: 'error', text: t('portals.errUrl') });
    setStatus({ kind: 'busy' });
    try {
      const granted = await port.add(origin);
      if (!granted) return setStatus({ kind: 'error', text: t('portals.declined') });
      setRaw('');
      setStatus({ kind: 'done', text: t('portals.added', { host: new URL(origin).hostname }) });
      await reload();
    } catch (error) {
      setStatus({ kind: 'error', text: t('portals.failed', { reason: (error as Error).message }) });
    }
  };

  const remove = async (pattern: string) => {
    try {
      await port.remove(pattern);
      setStatus({ kind: 'done', text: t('portals.removed', { host: hostOf(pattern) }) });
      await reload();
    } catch (error) {
      setStatus({ kind: 'error', text: t('portals.failed', { reason: (error as Error).message }) });
    }
  };

  const error = status.kind === 'error' ? status.text : null;
  return (
    <Section id="portals" title={t('section.portals')} intro={t('portals.intro')}>
      <form onSubmit={add} noValidate>
        <div class={`field list-editor${error ? ' has-error' : ''}`}>
          <label for="portal-url">{t('portals.label')}</label>
          <div class="list-add">
            <input
              id="portal-url"
              type="url"
              dir="ltr"
              value={raw}
              placeholder="https://billing.example.com"
              autoComplete="off"
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={`portal-url-hint${error ? ' portal-url-error' : ''}`}
              onInput={(e) => {
                setRaw(e.currentTarget.value);
                if (status.kind === 'error') setStatus({ kind: 'idle' });
              }}
            />
            <button type="submit" disabled={status.kind === 'busy'}>
              {t('portals.add')}
            </button>
          </div>
          <p id="portal-url-hint" class="field-hint">
            {t('portals.hint')}
          </p>
          {error && (
            <p id="portal-url-error" class="field-error" role="alert">
              {error}
            </p>
          )}
          {status.kind === 'done' && (
            <p class="field-hint" role="status">
              {status.text}
            </p>
          )}
          {patterns && patterns.length === 0 && <p class="list-empty">{t('portals.empty')}</p>}
          {patterns && patterns.length > 0 && (
            <ul class="chips" aria-label={t('portals.label')}>
              {patterns.map((pattern) => (
                <li key={pattern} class="chip">
                  <span dir="ltr">{hostOf(pattern)}</span>
                  <button
                    type="button"
                    class="chip-remove"
                    aria-label={t('common.removeItem', { item: hostOf(pattern) })}
                    onClick={() => void remove(pattern)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </form>
    </Section>
  );
}
