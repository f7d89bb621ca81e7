/**
 * What the trust model kept out of the debt log until the user says so (docs/trust-model.md):
 * an invoice from an unknown sender, a payment someone other than the client reported, an
 * invoice page naming another issuer. Confirm records it as the user's word; "Always trust"
 * also remembers the sender or issuer; Dismiss keeps it out for good. Page text is shown as text.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PendingRecord } from '@/utils/trust/pending-record';
import { formatMoney } from '@/utils/money';
import { Button } from '@/components/ui';
import { errorText, usePopup } from './context';

interface Props {
  /** Bumped when data changed elsewhere. */
  version: number;
  /** After a confirmation: the client list has changed. */
  onRecorded: () => void;
}

function summary(
  p: PendingRecord,
  locale: string,
): { key: 'pending.payment' | 'pending.invoice'; vars: Record<string, string> } {
  const o = p.observation;
  const client = o.counterparty.name ?? o.counterparty.email ?? '';
  if (o.kind === 'payment')
    return {
      key: 'pending.payment' as const,
      vars: {
        amount: formatMoney({ amountMinor: o.amountMinor, currency: o.currency }, locale),
        number: o.invoiceNumber ?? '—',
      },
    };
  const inv = o.kind === 'reply' ? null : o.invoice;
  return {
    key: 'pending.invoice' as const,
    vars: {
      amount: inv
        ? formatMoney({ amountMinor: inv.amountMinor, currency: inv.currency }, locale)
        : '—',
      number: inv?.number ?? '—',
      client,
    },
  };
}

export function PendingSection({ version, onRecorded }: Props) {
  const { send, t, locale } = usePopup();
  const [rows, setRows] = useState<PendingRecord[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = () =>
    send('ui-bg:listPending', { limit: 50 }).then(setRows, (e: unknown) => setError(errorText(e)));
  useEffect(() => void load(), [version]);

  const act = async (key: string, action: 'confirm' | 'trust' | 'dismiss') => {
    setBusy(key);
    setError(null);
    try {
      if (action === 'dismiss') await send('ui-bg:dismissPending', { key });
      else {
        await send('ui-bg:confirmPending', { key, remember: action === 'trust' });
        onRecorded();
      }
      await load();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  if (rows.length === 0 && !error) return null;
  return (
    <section class="pending" aria-labelledby="pending-title" data-pending>
      <h2 id="pending-title" class="section-title">
        {t('pending.title')}
      </h2>
      {error && (
        <p role="alert" class="error-line">
          {error}
        </p>
      )}
      <ul class="pending-list">
        {rows.map((p) => {
          const s = summary(p, locale);
          const who = p.observation.sender ?? p.observation.issuer ?? null;
          return (
            <li key={p.key} class="pending-item" data-pending-key={p.key}>
              <p class="pending-what">{t(s.key, s.vars)}</p>
              <p class="pending-why">
                {t(`pending.reason.${p.reason}`)}
                {who && <> {t('pending.from', { who })}</>}
              </p>
              <div class="pending-actions">
                <Button
                  small
                  variant="primary"
                  busy={busy === p.key}
                  onClick={() => void act(p.key, 'confirm')}
                >
                  {t('pending.confirm')}
                </Button>
                {p.approve && (
                  <Button small onClick={() => void act(p.key, 'trust')} disabled={busy === p.key}>
                    {t('pending.trust', { who: p.approve.value })}
                  </Button>
                )}
                <Button
                  small
                  variant="ghost"
                  onClick={() => void act(p.key, 'dismiss')}
                  disabled={busy === p.key}
                >
                  {t('pending.dismiss')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
