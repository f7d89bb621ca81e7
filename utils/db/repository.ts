/**
 * Writes to the debt log. Every write validates the record with its zod schema, runs in one
 * transaction with the client's summary update, and is idempotent by the event's key.
 */
import type { FirmlyDB } from './database';
import {
  clientRecord,
  eventRecord,
  invoiceRecord,
  type ClientRecord,
  type EventData,
  type EventRecord,
  type InvoiceRecord,
  type LanguageCode,
  type SourceRef,
} from './records';
import { emptySummary, isOpen, nextSummary } from '@/utils/ledger/summary';
import { invoiceStatusAfter } from '@/utils/ledger/status';
import { normalizeAddress } from './addresses';

const FREE_MAIL =
  /^(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|web|wp|o2|onet|interia|yandex|mail|ukr|walla)\./;

/** The business domain of an address, or '' for free-mail providers. */
export function businessDomain(email: string): string {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  return FREE_MAIL.test(domain) ? '' : domain;
}

const newId = (): string => crypto.randomUUID();
const nowIso = (): string => new Date().toISOString();

export interface NewClient {
  name: string;
  emails: string[];
  language?: LanguageCode | null;
  defaultCurrency?: string | null;
  notes?: string;
  contact?: ClientRecord['contact'];
}

/** The id of the client that owns `email` (normalised), if any. */
async function ownerOf(db: FirmlyDB, email: string): Promise<string | undefined> {
  const row = await db.addresses.get(email);
  if (row && (await db.clients.get(row.clientId))) return row.clientId;
  // Clients restored from a backup are indexed by their record until first touched.
  return (await db.clients.where('emails').equals(email).first())?.id;
}

/** Fails when an address already belongs to another client: an address has one owner. */
async function claimAddresses(db: FirmlyDB, clientId: string, emails: string[]): Promise<void> {
  if (emails.length === 0) return;
  for (const email of emails) {
    const owner = await ownerOf(db, email);
    if (owner && owner !== clientId) throw new Error(`${email} already belongs to another client`);
  }
  await db.addresses.bulkPut(emails.map((email) => ({ email, clientId })));
}

/** Creates a client (validated); its addresses must not belong to another client. */
export async function createClient(db: FirmlyDB, input: NewClient): Promise<ClientRecord> {
  const emails = [...new Set(input.emails.map(normalizeAddress))];
  const record = clientRecord.parse({
    id: newId(),
    name: input.name.trim(),
    emails,
    domain: emails[0] ? businessDomain(emails[0]) : '',
    language: input.language ?? null,
    defaultCurrency: input.defaultCurrency ?? null,
    notes: input.notes ?? '',
    ignored: false,
    ...(input.contact ? { contact: input.contact } : {}),
    createdAt: nowIso(),
  });
  // Without addresses there is nothing to claim: the cheaper transaction of before.
  const stores = emails.length
    ? [db.clients, db.summaries, db.addresses]
    : [db.clients, db.summaries];
  return db.transaction('rw', stores, async () => {
    await claimAddresses(db, record.id, emails);
    await db.clients.add(record);
    await db.summaries.put(emptySummary(record.id, record.createdAt));
    return record;
  });
}

/** Updates a client's editable fields (validated as a whole record). */
export async function updateClient(
  db: FirmlyDB,
  id: string,
  patch: Partial<Omit<ClientRecord, 'id' | 'createdAt'>>,
): Promise<ClientRecord> {
  const stores = patch.emails ? [db.clients, db.addresses] : [db.clients];
  return db.transaction('rw', stores, async () => {
    const current = await db.clients.get(id);
    if (!current) throw new Error(`No client ${id}`);
    const emails = patch.emails ? [...new Set(patch.emails.map(normalizeAddress))] : undefined;
    const next = clientRecord.parse({
      ...current,
      ...patch,
      ...(emails ? { emails } : {}),
      id,
      createdAt: current.createdAt,
    });
    if (emails) {
      await claimAddresses(db, id, emails);
      const dropped = current.emails.filter((e) => !emails.includes(normalizeAddress(e)));
      await db.addresses.bulkDelete(dropped.map(normalizeAddress));
    }
    await db.clients.put(next);
    return next;
  });
}

/** Finds the client by any of its addresses. */
export async function findClientByEmail(
  db: FirmlyDB,
  email: string,
): Promise<ClientRecord | undefined> {
  return db.clients.where('emails').equals(email.trim().toLowerCase()).first();
}

/**
 * Finds the client by address (or, when the page shows no address, by exact name, ignoring
 * case) or creates it from the counterparty. Find and create are one read-write transaction
 * (joined by the caller's, when there is one), so two tabs reading the same thread at once
 * cannot both create the client; the `addresses` key refuses a second owner regardless.
 */
export async function ensureClient(
  db: FirmlyDB,
  who: { email: string | null; name: string | null },
): Promise<ClientRecord> {
  return db.transaction('rw', [db.clients, db.summaries, db.addresses], async () => {
    if (who.email) {
      const email = normalizeAddress(who.email);
      const owner = await ownerOf(db, email);
      const found = owner ? await db.clients.get(owner) : undefined;
      if (found) {
        await db.addresses.put({ email, clientId: found.id });
        return found;
      }
    } else if (who.name) {
      const wanted = who.name.trim().toLowerCase();
      const byName = await db.clients.filter((c) => c.name.toLowerCase() === wanted).first();
      if (byName) return byName;
    }
    const name = who.name || who.email || 'Unknown client';
    return createClient(db, { name, emails: who.email ? [who.email] : [] });
  });
}

export interface NewInvoice {
  clientId: string;
  number: string;
  amountMinor: number;
  currency: string;
  issueDate: string | null;
  dueDate: string | null;
  source: SourceRef;
}

export interface AppendInput {
  clientId: string;
  invoiceId: string | null;
  at: string;
  data: EventData;
  source: SourceRef;
  idempotencyKey: string;
}

export type AppendResult =
  { status: 'appended'; event: EventRecord } | { status: 'duplicate'; event: EventRecord };

/**
 * Appends one event and updates what it implies (invoice rows, summary) in one transaction.
 * Appending the same idempotency key twice returns the first event and changes nothing.
 */
export async function appendEvent(db: FirmlyDB, input: AppendInput): Promise<AppendResult> {
  return db.transaction('rw', [db.events, db.invoices, db.summaries, db.clients], async () => {
    const existing = await db.events.where('idempotencyKey').equals(input.idempotencyKey).first();
    if (existing) return { status: 'duplicate', event: existing } as const;
    if (!(await db.clients.get(input.clientId))) throw new Error(`No client ${input.clientId}`);
    const event = eventRecord.parse({
      id: newId(),
      clientId: input.clientId,
      invoiceId: input.invoiceId,
      type: input.data.type,
      at: input.at,
      data: input.data,
      source: input.source,
      idempotencyKey: input.idempotencyKey,
      recordedAt: nowIso(),
    });
    const creditDelta = await applyToInvoices(db, event);
    await db.events.add(event);
    const invoices = await db.invoices.where('clientId').equals(event.clientId).toArray();
    const prev =
      (await db.summaries.get(event.clientId)) ?? emptySummary(event.clientId, event.recordedAt);
    await db.summaries.put(nextSummary(prev, invoices, event, event.recordedAt, creditDelta));
    return { status: 'appended', event } as const;
  });
}

/** Invoice-row side effects of an event; returns unallocated credit from a payment, if any. */
async function applyToInvoices(
  db: FirmlyDB,
  event: EventRecord,
): Promise<{ currency: string; amountMinor: number } | undefined> {
  const d = event.data;
  if (d.type === 'payment_received') {
    let left = d.amountMinor;
    const targets: InvoiceRecord[] = [];
    if (d.invoiceId) {
      const inv = await db.invoices.get(d.invoiceId);
      if (inv && inv.clientId === event.clientId) targets.push(inv);
    } else {
      // No invoice named: settle the oldest open invoices of that currency first.
      const open = await db.invoices.where('clientId').equals(event.clientId).toArray();
      targets.push(
        ...open
          .filter((i) => isOpen(i) && i.currency === d.currency)
          .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
      );
    }
    for (const inv of targets) {
      if (left <= 0 || inv.currency !== d.currency) continue;
      const take = Math.min(left, inv.amountMinor - inv.paidMinor);
      if (take <= 0) continue;
      left -= take;
      const paidMinor = inv.paidMinor + take;
      await db.invoices.put(
        invoiceRecord.parse({ ...inv, paidMinor, status: invoiceStatusAfter(inv, paidMinor) }),
      );
    }
    return left > 0 ? { currency: d.currency, amountMinor: left } : undefined;
  }
  if ((d.type === 'dispute_opened' || d.type === 'dispute_resolved') && d.invoiceId) {
    const inv = await db.invoices.get(d.invoiceId);
    if (inv && inv.clientId === event.clientId && isOpen(inv)) {
      const status =
        d.type === 'dispute_opened'
          ? 'disputed'
          : invoiceStatusAfter({ ...inv, status: 'open' }, inv.paidMinor);
      await db.invoices.put({ ...inv, status });
    }
  }
  return undefined;
}

/**
 * Adds an invoice and its `invoice_added`/`invoice_seen` event. An invoice with the same number
 * for the same client is not duplicated: the existing row is returned.
 */
export async function addInvoice(
  db: FirmlyDB,
  input: NewInvoice,
  meta: { idempotencyKey: string; at: string; eventType: 'invoice_added' | 'invoice_seen' },
): Promise<{ invoice: InvoiceRecord; created: boolean }> {
  return db.transaction('rw', [db.events, db.invoices, db.summaries, db.clients], async () => {
    const sameNumber = input.number
      ? await db.invoices
          .where('clientId')
          .equals(input.clientId)
          .filter((i) => i.number === input.number)
          .first()
      : undefined;
    if (sameNumber) return { invoice: sameNumber, created: false };
    const prior = await db.events.where('idempotencyKey').equals(meta.idempotencyKey).first();
    // A key is one client's: another client's event under it is a collision, never a match.
    if (prior && prior.clientId !== input.clientId)
      throw new Error(`Key ${meta.idempotencyKey} already belongs to another client`);
    if (prior?.invoiceId) {
      const inv = await db.invoices.get(prior.invoiceId);
      if (inv) return { invoice: inv, created: false };
    }
    const invoice = invoiceRecord.parse({
      ...input,
      id: newId(),
      paidMinor: 0,
      status: 'open',
      createdAt: nowIso(),
    });
    await db.invoices.add(invoice);
    await appendEvent(db, {
      clientId: input.clientId,
      invoiceId: invoice.id,
      at: meta.at,
      data: {
        type: meta.eventType,
        invoiceId: invoice.id,
        amountMinor: invoice.amountMinor,
        currency: invoice.currency,
      },
      source: input.source,
      idempotencyKey: meta.idempotencyKey,
    });
    return { invoice, created: true };
  });
}

/** Removes a client and everything recorded about it (the user's right to erase). */
export async function deleteClient(db: FirmlyDB, clientId: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.clients, db.invoices, db.events, db.followups, db.summaries, db.addresses],
    async () => {
      await db.addresses.where('clientId').equals(clientId).delete();
      await db.invoices.where('clientId').equals(clientId).delete();
      await db.events.where('clientId').equals(clientId).delete();
      await db.followups.where('clientId').equals(clientId).delete();
      await db.summaries.delete(clientId);
      await db.clients.delete(clientId);
    },
  );
}
