/**
 * Where the trust model is enforced: every observation passes through {@link admitObservation}
 * before it can touch the debt log. What its source may assert is recorded; the rest waits in
 * the `pending` store for the user ({@link confirmPending} / {@link dismissPending}).
 */
import type { FirmlyDB } from '@/utils/db/database';
import { findClientByEmail } from '@/utils/db/repository';
import {
  applyObservation,
  observationStores,
  payerByInvoiceNumber,
  type ObservationResult,
} from '@/utils/ledger/apply-observation';
import type { Observation } from '@/utils/ledger/observation';
import {
  judgeInvoiceEmail,
  judgeIssuer,
  judgePaymentEmail,
  judgeUser,
  listedSender,
  type TrustProfile,
  type Verdict,
} from './model';
import { pendingRecord, type PendingRecord } from './pending-record';

interface Judgement {
  verdict: Verdict;
  /** The client a recorded payment belongs to, when not the counterparty. */
  clientId?: string;
}

/** Does the client behind `email` have an invoice numbered `number` (or any, without one)? */
async function clientOwnsInvoice(db: FirmlyDB, email: string, number: string | null) {
  const client = await findClientByEmail(db, email);
  if (!client) return null;
  if (!number) return client;
  const has = await db.invoices
    .where('clientId')
    .equals(client.id)
    .filter((i) => i.number === number)
    .count();
  return has ? client : null;
}

/** Applies the trust model to one observation (reads only). */
export async function judgeObservation(
  db: FirmlyDB,
  obs: Observation,
  profile: TrustProfile,
): Promise<Judgement> {
  // A reply moves no money, and its reason is recorded only as the user confirmed it.
  if (obs.kind === 'reply') return { verdict: judgeUser() };
  // The capture dialog and Firmly's own forms: the user typed or confirmed it.
  if (obs.source.kind === 'capture' || obs.source.kind === 'manual')
    return { verdict: judgeUser() };
  if (obs.source.kind === 'site' || obs.kind === 'status')
    return { verdict: judgeIssuer(obs.issuer ?? null, profile) };
  const sender = obs.sender ?? null;
  if (obs.kind === 'payment') {
    // The user, their billing system or an approved processor/bank may name any invoice.
    const speaksForAll = [profile.ownEmails, profile.billingSenders, profile.paymentSenders].some(
      (list) => listedSender(list, sender),
    );
    if (speaksForAll) {
      const payer = await payerByInvoiceNumber(db, obs.invoiceNumber);
      return { verdict: judgeUser(), ...(payer ? { clientId: payer.id } : {}) };
    }
    // Otherwise only the paying client's own address: its own invoice, on its own account.
    const payer = sender ? await clientOwnsInvoice(db, sender, obs.invoiceNumber) : null;
    const verdict = judgePaymentEmail(sender, profile, payer !== null);
    return { verdict, ...(payer ? { clientId: payer.id } : {}) };
  }
  return { verdict: judgeInvoiceEmail(sender, profile) };
}

/** Records what the trust model admits; keeps the rest as a pending suggestion (once). */
export async function admitObservation(
  db: FirmlyDB,
  obs: Observation,
  profile: TrustProfile,
): Promise<ObservationResult> {
  const { verdict, clientId } = await judgeObservation(db, obs, profile);
  if (verdict.action === 'record') return applyObservation(db, obs, { clientId });
  if (verdict.action === 'ignore') return { key: obs.key, status: 'ignored', clientId: null };
  const known = obs.counterparty.email
    ? await findClientByEmail(db, obs.counterparty.email)
    : undefined;
  if (known?.ignored) return { key: obs.key, status: 'ignored', clientId: known.id };
  const record: PendingRecord = pendingRecord.parse({
    key: obs.key,
    observation: obs,
    reason: verdict.reason,
    approve: verdict.approve,
    status: 'pending',
    createdAt: new Date().toISOString(),
  });
  await db.transaction('rw', db.pending, async () => {
    // Asked once: a dismissal or an earlier question is not asked again.
    if (!(await db.pending.get(record.key))) await db.pending.add(record);
  });
  return { key: obs.key, status: 'pending', clientId: null };
}

/** The suggestions waiting for the user, newest first. */
export async function listPending(db: FirmlyDB, limit = 100): Promise<PendingRecord[]> {
  const rows = await db.pending.where('status').equals('pending').toArray();
  return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, limit);
}

/**
 * The user confirms a suggestion: it is recorded as their word (a payment goes to the client
 * with that invoice number, when exactly one has it).
 */
export async function confirmPending(db: FirmlyDB, key: string): Promise<ObservationResult> {
  const stores = [db.pending, ...observationStores(db)];
  return db.transaction('rw', stores, async () => {
    const row = await db.pending.get(key);
    if (!row || row.status !== 'pending') throw new Error(`No pending suggestion ${key}`);
    const obs = row.observation;
    const payer = obs.kind === 'payment' ? await payerByInvoiceNumber(db, obs.invoiceNumber) : null;
    const result = await applyObservation(db, obs, payer ? { clientId: payer.id } : {});
    await db.pending.update(key, { status: 'confirmed' });
    return result;
  });
}

/** The user says no: the suggestion is kept as dismissed, so it is not asked again. */
export async function dismissPending(db: FirmlyDB, key: string): Promise<void> {
  const row = await db.pending.get(key);
  if (!row) throw new Error(`No pending suggestion ${key}`);
  await db.pending.update(key, { status: 'dismissed' });
}
