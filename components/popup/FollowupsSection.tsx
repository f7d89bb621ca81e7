/**
 * Pending follow-ups of a client: Done, Move (to another date and time, in the future) and
 * Delete. The "·" before a note is its own element so it sits between the parts in both
 * directions (Hebrew included).
 */
import { useState } from 'preact/hooks';
import type { FollowupRecord } from '@/utils/db/records';
import { formatMoment } from '@/utils/popup/format';
import { parseLocalDateTime, toLocalInputValue } from '@/utils/popup/followup-presets';
import { Button, TextField } from '@/components/ui';
import { errorText, usePopup } from './context';

interface Props {
  followups: readonly FollowupRecord[];
  onChanged: () => void;
}

export function FollowupsSection({ followups, onChanged }: Props) {
  const { send, t, locale, announce, platform } = usePopup();
  const [moving, setMoving] = useState<string | null>(null);
  const [when, setWhen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (followups.length === 0) return null;

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      announce(await work());
      setMoving(null);
      onChanged();
    } catch (e) {
      announce(t('form.saveFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const done = (id: string) =>
    act(async () => {
      await send('ui-bg:completeFollowup', { id });
      return t('fu.markedDone');
    });
  const remove = (id: string) =>
    act(async () => {
      await send('ui-bg:cancelFollowup', { id });
      return t('fu.deleted');
    });
  const move = (id: string) => {
    const at = parseLocalDateTime(when);
    if (!at) return setError(t('fu.errInvalid'));
    if (at.getTime() <= platform.now().getTime()) return setError(t('fu.errPast'));
    setError(null);
    return act(async () => {
      const moved = await send('ui-bg:moveFollowup', { id, dueAt: at.toISOString() });
      return t('fu.moved', { date: formatMoment(moved.dueAt, locale) });
    });
  };

  return (
    <section class="section" aria-labelledby="fu-title">
      <h3 id="fu-title">{t('section.followups')}</h3>
      <ul class="followups">
        {followups.map((f) => (
          <li key={f.id} class="followup" data-followup-id={f.id}>
            <span class="followup-text">
              <time dateTime={f.dueAt}>{t('fu.due', { date: formatMoment(f.dueAt, locale) })}</time>
              {f.note && (
                <>
                  <span aria-hidden="true"> · </span>
                  <bdi class="followup-note">{f.note}</bdi>
                </>
              )}
            </span>
            <span class="followup-actions">
              <Button small variant="ghost" onClick={() => void done(f.id)} disabled={busy}>
                {t('fu.done')}
              </Button>
              <Button
                small
                variant="ghost"
                aria-expanded={moving === f.id}
                onClick={() => {
                  setError(null);
                  setWhen(toLocalInputValue(new Date(f.dueAt)));
                  setMoving(moving === f.id ? null : f.id);
                }}
              >
                {t('fu.move')}
              </Button>
              <Button small variant="ghost" onClick={() => void remove(f.id)} disabled={busy}>
                {t('fu.delete')}
              </Button>
            </span>
            {moving === f.id && (
              <form
                class="followup-move"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void move(f.id);
                }}
              >
                <TextField
                  id={`followup-move-${f.id}`}
                  type="datetime-local"
                  label={t('fu.moveLabel')}
                  value={when}
                  onValue={setWhen}
                  error={error}
                />
                <div class="form-actions">
                  <Button type="submit" variant="primary" small busy={busy}>
                    {t('fu.move')}
                  </Button>
                  <Button small onClick={() => setMoving(null)}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
