/**
 * Turns one validated observation into debt-log events. Idempotent: every event is keyed by the
 * observation's key, so re-reading the same Gmail message or invoice page changes nothing.
 */
import type { FirmlyDB } from '@/utils/db/database';
import { addInvoice, appendEvent, ensureClient } from '@/utils/db/repository';
import type { Observation, ObservedInvoice } from './observation';
import { rememberCorrection } from './reply-corrections';

/** `pending`: kept out of the log until the user confirms it (see utils/trust/admit.ts). */
export type ObservationStatus = 'applied' | 'duplicate' | 'ignored' | 'pending';

export interface ObservationResult {
  key: string;
  status: ObservationStatus;
  clientId: string | null;
}

/**
 * Records an observation the trust model admitted (utils/trust/admit.ts). `clientId` puts it on
 * that client's account instead of the counterparty's (a payment a trusted processor reported).
 * Client and events are written in ONE transaction: a worker stopped between them leaves nothing.
 */
export async function applyObservation(
  db: FirmlyDB,
  obs: Observation,
  opts: { clientId?: string } = {},
): Promise<ObservationResult> {
  return db.transaction('rw', observationStores(db), () => applyInTransaction(db, obs, opts));
}

/** Every store an observation may write; a caller's outer transaction must include them all. */
export function observationStores(db: FirmlyDB) {
  return [db.clients, db.summaries, db.addresses, db.invoices, db.events, db.replyCorrections];
}

async function applyInTransaction(
  db: FirmlyDB,
  obs: Observation,
  opts: { clientId?: string },
): Promise<ObservationResult> {
  const chosen = opts.clientId ? await db.clients.get(opts.clientId) : undefined;
  const client = chosen ?? (await ensureClient(db, obs.counterparty));
  if (client.ignored) return { key: obs.key, status: 'ignored', clientId: client.id };
  const seen = await db.events
    .where('idempotencyKey')
    .equals(obs.key)
    .filter((e) => e.clientId === client.id)
    .first();
  // A status page is read again and again: only its paid total can bring news. A reply read
  // earlier (unconfirmed) still takes the reason the user confirms for it.
  const confirmsSeenReply = obs.kind === 'reply' && obs.reason !== null;
  if (seen && obs.kind !== 'status' && !confirmsSeenReply)
    return { key: obs.key, status: 'duplicate', clientId: client.id };

  const common = { clientId: client.id, at: obs.at, source: obs.source };
  switch (obs.kind) {
    case 'invoice': {
      await addInvoice(
        db,
        { ...common, number: obs.invoice.number ?? '', ...pickInvoice(obs.invoice) },
        { idempotencyKey: obs.key, at: obs.at, eventType: 'invoice_seen' },
      );
      break;
    }
    case 'reminder': {
      let invoiceId: string | null = null;
      if (obs.invoice) {
        const { invoice } = await addInvoice(
          db,
          { ...common, number: obs.invoice.number ?? '', ...pickInvoice(obs.invoice) },
          { idempotencyKey: `${obs.key}#invoice`, at: obs.at, eventType: 'invoice_seen' },
        );
        invoiceId = invoice.id;
      }
      await appendEvent(db, {
        ...common,
        invoiceId,
        data: { type: 'reminder_sent', templateId: null, stage: null, channel: 'email' },
        idempotencyKey: obs.key,
      });
      break;
    }
    case 'payment': {
      const invoice = obs.invoiceNumber
        ? await db.invoices
            .where('clientId')
            .equals(client.id)
            .filter((i) => i.number === obs.invoiceNumber)
            .first()
        : undefined;
      await appendEvent(db, {
        ...common,
        invoiceId: invoice?.id ?? null,
        data: {
          type: 'payment_received',
          invoiceId: invoice?.id ?? null,
          amountMinor: obs.amountMinor,
          currency: obs.currency,
          reference: obs.reference,
        },
        idempotencyKey: obs.key,
      });
      break;
    }
    case 'status': {
      const { invoice, created } = await addInvoice(
        db,
        { ...common, number: obs.invoice.number ?? '', ...pickInvoice(obs.invoice) },
        { idempotencyKey: obs.key, at: obs.at, eventType: 'invoice_seen' },
      );
      const delta = Math.min(obs.paidMinor, invoice.amountMinor) - invoice.paidMinor;
      if (!created && delta <= 0) return { key: obs.key, status: 'duplicate', clientId: client.id };
      if (delta > 0) {
        await appendEvent(db, {
          ...common,
          invoiceId: invoice.id,
          data: {
            type: 'payment_received',
            invoiceId: invoice.id,
            amountMinor: delta,
            currency: invoice.currency,
            reference: null,
          },
          // Keyed by the total paid, so the same page state records the payment once.
          idempotencyKey: `${obs.key}#paid:${obs.paidMinor}`,
        });
      }
      break;
    }
    case 'reply': {
      await appendEvent(db, {
        ...common,
        invoiceId: null,
        data: { type: 'reply_received', excerpt: obs.excerpt },
        idempotencyKey: obs.key,
      });
      if (obs.reason) {
        await appendEvent(db, {
          ...common,
          invoiceId: null,
          data: {
            type: 'reason_recorded',
            reason: obs.reason.reason,
            evidence: obs.reason.evidence,
            confirmedByUser: true,
          },
          idempotencyKey: `${obs.key}#reason`,
        });
        // The user confirmed (or changed) the reason in the panel: learn from it.
        await rememberCorrection(db, {
          clientId: client.id,
          text: obs.excerpt,
          reason: obs.reason.reason,
          at: common.at,
        });
      }
      break;
    }
  }
  return { key: obs.key, status: 'applied', clientId: client.id };
}

/**
 * The client who has an invoice with this number, when exactly one has. Only for notices from
 * senders trusted to speak about any client (the user, their billing system or bank).
 */
export async function payerByInvoiceNumber(db: FirmlyDB, invoiceNumber: string | null) {
  if (!invoiceNumber) return null;
  const invoices = await db.invoices.where('number').equals(invoiceNumber).toArray();
  const clientIds = new Set(invoices.map((i) => i.clientId));
  if (clientIds.size !== 1) return null;
  return (await db.clients.get([...clientIds][0]!)) ?? null;
}

function pickInvoice(inv: ObservedInvoice) {
  return {
    amountMinor: inv.amountMinor,
    currency: inv.currency,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate,
  };
}
