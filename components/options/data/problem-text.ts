/** An import problem in the UI language, naming the record and the field (see utils/data/problems). */
import type { ImportProblem, StoreName } from '@/utils/data';
import type { OptionsKey } from '@/utils/i18n/options-strings';
import type { OptionsT } from '../i18n';

const STORE_KEYS: Record<StoreName, OptionsKey> = {
  clients: 'store.clients',
  invoices: 'store.invoices',
  events: 'store.events',
  followups: 'store.followups',
  summaries: 'store.summaries',
  replyCorrections: 'store.replyCorrections',
};

/** "Invoices, record 4 (id inv-9)". */
function recordLabel(t: OptionsT, store: StoreName, index: number, id: string | null): string {
  const where = t('problem.record', { store: t(STORE_KEYS[store]), n: index + 1 });
  return id ? `${where} ${t('problem.withId', { id })}` : where;
}

export function problemText(p: ImportProblem, t: OptionsT): string {
  switch (p.code) {
    case 'not-json':
      return t('problem.notJson');
    case 'not-an-export':
      return t('problem.notExport');
    case 'unsupported-version':
      return t('problem.version', { found: p.found });
    case 'newer-schema':
      return t('problem.newer');
    case 'missing-section':
      return t('problem.missing', { section: p.section });
    case 'invalid-record':
      return t('problem.field', {
        record: recordLabel(t, p.store, p.index, p.id),
        field: p.field || '—',
        detail: p.detail,
      });
    case 'duplicate-id':
      return t('problem.duplicateId', { record: recordLabel(t, p.store, p.index, p.id) });
    case 'duplicate-key':
      return t('problem.duplicateKey', { record: recordLabel(t, p.store, p.index, p.id) });
    case 'unknown-client':
      return t('problem.unknownClient', {
        record: recordLabel(t, p.store, p.index, p.id),
        client: p.clientId,
      });
    case 'invalid-settings':
      return t('problem.settings', { item: p.item, field: p.field || '—', detail: p.detail });
  }
}
