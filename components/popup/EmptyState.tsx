/** The first thing a new user sees: how Firmly finds invoices, and the way to add one by hand. */
import { Button } from '@/components/ui';
import { usePopup } from './context';

export function EmptyState({ onAdd }: { onAdd: () => void }) {
  const { t } = usePopup();
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('list.emptyTitle')}</h2>
      <ol class="empty-steps">
        <li>{t('list.emptyGmail')}</li>
        <li>{t('list.emptySites')}</li>
        <li>{t('list.emptyCapture')}</li>
      </ol>
      <p>{t('list.emptyManual')}</p>
      <Button variant="primary" onClick={onAdd}>
        {t('list.add')}
      </Button>
      <p class="empty-privacy">{t('list.emptyPrivacy')}</p>
    </section>
  );
}
