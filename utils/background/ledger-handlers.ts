/** Handlers for the ledger requests; thin adapters from the protocol to the repository. */
import { rememberConfirmedReason } from '@/utils/ledger/reply-corrections';
import type { FirmlyDB } from '@/utils/db/database';
import {
  addInvoice,
  appendEvent,
  createClient,
  deleteClient,
  updateClient,
} from '@/utils/db/repository';
import { applyObservation } from '@/utils/ledger/apply-observation';
import { getClientDetail, listClients } from '@/utils/ledger/queries';
import type { Handlers } from './router';
import { noHooks, type LedgerHooks } from './hooks';
import { uiSettings } from '@/utils/settings/store';

type LedgerHandlerNames =
  | 'cs-bg:observe'
  | 'ui-bg:listClients'
  | 'ui-bg:getClient'
  | 'ui-bg:createClient'
  | 'ui-bg:updateClient'
  | 'ui-bg:deleteClient'
  | 'ui-bg:addInvoice'
  | 'ui-bg:recordEvent';

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

export function ledgerHandlers(
  db: FirmlyDB,
  hooks: LedgerHooks = noHooks,
): Pick<Handlers, LedgerHandlerNames> {
  return {
    'cs-bg:observe': async ({ observations }) => {
      const { ignoredDomains } = await uiSettings.get();
      const ignored = new Set(ignoredDomains);
      const results = [];
      for (const obs of observations) {
        const domain = obs.counterparty.email?.split('@')[1] ?? '';
        // "Not a client" for a whole domain: its mail never enters the debt log.
        if (ignored.has(domain))
          results.push({ key: obs.key, status: 'ignored' as const, clientId: null });
        else results.push(await applyObservation(db, obs));
      }
      const touched = new Set(results.filter((r) => r.status === 'applied').map((r) => r.clientId));
      for (const id of touched) if (id) await hooks.afterChange(id, []);
      return { results };
    },
    'ui-bg:listClients': async ({ today }) => listClients(db, today ?? todayIso()),
    'ui-bg:getClient': async ({ clientId, today }) =>
      getClientDetail(db, clientId, today ?? todayIso()),
    'ui-bg:createClient': async (input) => createClient(db, input),
    'ui-bg:updateClient': async ({ clientId, patch }) => updateClient(db, clientId, patch),
    'ui-bg:deleteClient': async ({ clientId }) => {
      await deleteClient(db, clientId);
      await hooks.afterDelete(clientId);
      return { deleted: true };
    },
    'ui-bg:addInvoice': async (input) => {
      const at = new Date().toISOString();
      const { invoice, created } = await addInvoice(
        db,
        { ...input, source: { kind: 'manual', url: null, messageId: null } },
        { idempotencyKey: `manual:invoice:${crypto.randomUUID()}`, at, eventType: 'invoice_added' },
      );
      if (!created) throw new Error(`Invoice ${input.number} already exists for this client`);
      return invoice;
    },
    'ui-bg:recordEvent': async ({ clientId, invoiceId, at, data }) => {
      const result = await appendEvent(db, {
        clientId,
        invoiceId,
        at,
        data,
        source: { kind: 'manual', url: null, messageId: null },
        idempotencyKey: `manual:${data.type}:${crypto.randomUUID()}`,
      });
      if (result.status === 'appended') await hooks.afterChange(clientId, [result.event]);
      // A reason set by hand (popup or panel) teaches the classifier (utils/ledger/reply-corrections).
      if (result.status === 'appended' && data.type === 'reason_recorded' && data.confirmedByUser)
        await rememberConfirmedReason(db, clientId, data.reason, at ?? new Date().toISOString());
      return result;
    },
  };
}
