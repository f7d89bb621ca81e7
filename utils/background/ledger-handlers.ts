/** Handlers for the ledger requests; thin adapters from the protocol to the repository. */
import { rememberConfirmedReason } from '@/utils/ledger/reply-corrections';
import type { FirmlyDB } from '@/utils/db/database';
import { DATE_PROBLEM_TEXT, eventDateProblem } from '@/utils/ledger/date-sanity';
import {
  addInvoice,
  appendEvent,
  createClient,
  deleteClient,
  updateClient,
} from '@/utils/db/repository';
import { getClientDetail, listClients } from '@/utils/ledger/queries';
import { VoidError, voidEvent } from '@/utils/ledger/void-event';
import type { Handlers } from './router';
import { noHooks, type LedgerHooks } from './hooks';
import { makeObserver } from './trust-handlers';

type LedgerHandlerNames =
  | 'cs-bg:observe'
  | 'ui-bg:listClients'
  | 'ui-bg:getClient'
  | 'ui-bg:createClient'
  | 'ui-bg:updateClient'
  | 'ui-bg:deleteClient'
  | 'ui-bg:addInvoice'
  | 'ui-bg:recordEvent'
  | 'ui-bg:voidEvent';

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

export function ledgerHandlers(
  db: FirmlyDB,
  hooks: LedgerHooks = noHooks,
): Pick<Handlers, LedgerHandlerNames> {
  return {
    // Through the trust model: what the source may not assert waits for the user.
    'cs-bg:observe': async ({ observations }) => makeObserver(db, hooks)(observations),
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
      const problem = eventDateProblem(at, data, new Date());
      if (problem) throw new Error(DATE_PROBLEM_TEXT[problem]);
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
    'ui-bg:voidEvent': async (ref) => {
      try {
        const result = await voidEvent(db, ref, new Date());
        // Follow-ups and the badge follow the new balance (a cleared debt cancels its follow-ups).
        await hooks.afterChange(result.event.clientId, []);
        return result;
      } catch (e) {
        if (e instanceof VoidError) return { error: e.code };
        throw e;
      }
    },
  };
}
