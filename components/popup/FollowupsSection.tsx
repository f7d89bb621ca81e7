/** Pending follow-ups of a client, each with "Done". */
import type { FollowupRecord } from '@/utils/db/records';
import { formatMoment } from '@/utils/popup/format';
import { Button } from '@/components/ui';
import { errorText, usePopup } from './context';

interface Props {
  followups: readonly FollowupRecord[];
  onChanged: () => void;
}

export function FollowupsSection({ followups, onChanged }: Props) {
  const { send, t, locale, announce } = usePopup();
  if (followups.length === 0) return null;
  const done = async (id: string) => {
    try {
      await send('ui-bg:completeFollowup', { id });
      announce(t('fu.markedDone'));
      onChanged();
    } catch (e) {
      announce(t('form.saveFailed', { error: errorText(e) }));
    }
  };
  return (
    <section class="section" aria-labelledby="fu-title">
      <h3 id="fu-title">{t('section.followups')}</h3>
      <ul class="followups">
        {followups.map((f) => (
          <li key={f.id} class="followup" data-followup-id={f.id}>
            <span>
              <time dateTime={f.dueAt}>{t('fu.due', { date: formatMoment(f.dueAt, locale) })}</time>
              {f.note && (
                <span class="followup-note" dir="auto">
                  {' '}
                  · {f.note}
                </span>
              )}
            </span>
            <Button small variant="ghost" onClick={() => void done(f.id)}>
              {t('fu.done')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
