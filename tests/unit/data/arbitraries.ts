/**
 * fast-check generators of whole `firmly` databases whose records satisfy the schemas in
 * utils/db/records.ts: clients, their invoices, events of every type, follow-ups and summaries,
 * with awkward text (quotes, commas, newlines, formula starts, RTL, emoji) on purpose.
 */
import fc from 'fast-check';
import type {
  ClientRecord,
  EventData,
  EventRecord,
  FollowupRecord,
  InvoiceRecord,
  SummaryRecord,
} from '@/utils/db/records';
import { refusalReason, stage } from '@/utils/db/records';
import type { z } from 'zod';
import { STORE_SCHEMAS, type StoreContents } from '@/utils/data';
import { nextSummary } from '@/utils/ledger/summary';

const CURRENCIES = ['EUR', 'PLN', 'USD', 'GBP', 'JPY', 'KWD', 'ILS'] as const;
// Every value the schemas allow, taken from the schemas themselves.
const REASONS = refusalReason.options;
const STAGES = stage.options;

const currency = fc.constantFrom(...CURRENCIES);
const amount = fc.integer({ min: 0, max: 1_000_000_000_000 });
const positive = fc.integer({ min: 1, max: 1_000_000_000 });
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const isoDateTime = instant.map((d) => d.toISOString());
const isoDate = instant.map((d) => d.toISOString().slice(0, 10));

/** Text users and pages really produce, plus the characters that break naive CSV/JSON. */
const awkward = fc.constantFrom(
  '=SUM(A1:A9)',
  '+48 600 100 200',
  '-5',
  '@cmd',
  'a,"b"\r\nc',
  'שלום עולם',
  'Łódź — zł',
  '💸',
  ' padded ',
);
const text = (max: number) =>
  fc
    .oneof(fc.string({ unit: 'grapheme', maxLength: Math.min(max, 40) }), awkward)
    .filter((s) => s.length <= max);
const nonEmptyText = (max: number) => text(max).filter((s) => s.length >= 1 && s.length <= max);

const email = fc
  .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z]{1,10}$/))
  .map(([local, domain]) => `${local}@${domain}.example`);

const source = fc.record({
  kind: fc.constantFrom('gmail', 'site', 'capture', 'manual', 'import', 'outlook') as fc.Arbitrary<
    'gmail' | 'site' | 'capture' | 'manual' | 'import'
  >,
  url: fc.option(fc.webUrl(), { nil: null }),
  messageId: fc.option(fc.stringMatching(/^[a-z0-9]{1,16}$/), { nil: null }),
});

export const clientArb: fc.Arbitrary<ClientRecord> = fc.record({
  id: fc.uuid(),
  name: nonEmptyText(200),
  emails: fc.uniqueArray(email, { maxLength: 3 }),
  domain: fc.constantFrom('', 'acme.example', 'firma.pl'),
  language: fc.option(
    fc.constantFrom('en', 'pl', 'ru', 'uk', 'he', 'de', 'fr', 'es') as fc.Arbitrary<
      ClientRecord['language'] & string
    >,
    { nil: null },
  ),
  defaultCurrency: fc.option(currency, { nil: null }),
  notes: text(5000),
  ignored: fc.boolean(),
  createdAt: isoDateTime,
});

function invoiceArb(clientIds: string[]): fc.Arbitrary<InvoiceRecord> {
  return fc
    .record({
      id: fc.uuid(),
      clientId: fc.constantFrom(...clientIds),
      number: text(100),
      amountMinor: amount,
      paidFraction: fc.integer({ min: 0, max: 100 }),
      currency,
      issueDate: fc.option(isoDate, { nil: null }),
      dueDate: fc.option(isoDate, { nil: null }),
      status: fc.constantFrom(
        'open',
        'partly_paid',
        'paid',
        'disputed',
        'written_off',
      ) as fc.Arbitrary<InvoiceRecord['status']>,
      source,
      createdAt: isoDateTime,
    })
    .map(({ paidFraction, ...inv }) => ({
      ...inv,
      paidMinor: Math.floor((inv.amountMinor * paidFraction) / 100),
    }));
}

const eventDataArb: fc.Arbitrary<EventData> = fc.oneof(
  fc.record({
    type: fc.constant('invoice_seen' as const),
    invoiceId: fc.uuid(),
    amountMinor: amount,
    currency,
  }),
  fc.record({
    type: fc.constant('invoice_added' as const),
    invoiceId: fc.uuid(),
    amountMinor: amount,
    currency,
  }),
  fc.record({
    type: fc.constant('payment_received' as const),
    invoiceId: fc.option(fc.uuid(), { nil: null }),
    amountMinor: positive,
    currency,
    reference: fc.option(text(200), { nil: null }),
  }),
  fc.record({
    type: fc.constant('reminder_sent' as const),
    templateId: fc.option(fc.constantFrom('reminder_gentle', 'final_demand'), { nil: null }),
    stage: fc.option(fc.constantFrom(...STAGES), { nil: null }),
    channel: fc.constantFrom('email', 'phone', 'letter') as fc.Arbitrary<
      'email' | 'phone' | 'letter'
    >,
  }),
  fc.record({ type: fc.constant('reply_received' as const), excerpt: text(2000) }),
  fc.record({
    type: fc.constant('reason_recorded' as const),
    reason: fc.constantFrom(...REASONS),
    evidence: fc.option(text(500), { nil: null }),
    confirmedByUser: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('promise_to_pay' as const),
    promisedDate: isoDate,
    amountMinor: fc.option(amount, { nil: null }),
    currency: fc.option(currency, { nil: null }),
  }),
  fc.record({
    type: fc.constant('plan_agreed' as const),
    instalments: fc.array(fc.record({ dueDate: isoDate, amountMinor: positive, currency }), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({
    type: fc.constant('dispute_opened' as const),
    invoiceId: fc.option(fc.uuid(), { nil: null }),
    note: text(2000),
  }),
  fc.record({
    type: fc.constant('dispute_resolved' as const),
    invoiceId: fc.option(fc.uuid(), { nil: null }),
    note: text(2000),
  }),
  fc.record({ type: fc.constant('escalated' as const), stage: fc.constantFrom(...STAGES) }),
  fc.record({ type: fc.constant('note' as const), text: nonEmptyText(5000) }),
  fc.record({
    type: fc.constant('followup_set' as const),
    followupId: fc.uuid(),
    dueAt: isoDateTime,
  }),
  fc.record({ type: fc.constant('followup_done' as const), followupId: fc.uuid() }),
);

function eventArb(clientIds: string[]): fc.Arbitrary<EventRecord> {
  return (
    fc
      .record({
        id: fc.uuid(),
        clientId: fc.constantFrom(...clientIds),
        invoiceId: fc.option(fc.uuid(), { nil: null }),
        at: isoDateTime,
        data: eventDataArb,
        source,
        recordedAt: isoDateTime,
      })
      // The key is derived from the unique id so the unique index holds, as the repository's keys do.
      .map((e) => ({
        ...e,
        type: e.data.type,
        idempotencyKey: `${e.source.kind}:${e.data.type}:${e.id}`,
      }))
  );
}

function followupArb(clientIds: string[]): fc.Arbitrary<FollowupRecord> {
  return fc.record({
    id: fc.uuid(),
    clientId: fc.constantFrom(...clientIds),
    invoiceId: fc.option(fc.uuid(), { nil: null }),
    dueAt: isoDateTime,
    note: text(1000),
    status: fc.constantFrom('pending', 'done', 'cancelled') as fc.Arbitrary<
      FollowupRecord['status']
    >,
    firedAt: fc.option(isoDateTime, { nil: null }),
    createdAt: isoDateTime,
  });
}

function summaryArb(clientId: string): fc.Arbitrary<SummaryRecord> {
  return fc.record({
    clientId: fc.constant(clientId),
    balances: fc.dictionary(currency, fc.integer({ min: -1e9, max: 1e12 }), { maxKeys: 3 }),
    credits: fc.dictionary(currency, amount, { maxKeys: 2 }),
    open: fc.array(
      fc.record({
        invoiceId: fc.uuid(),
        number: text(100),
        currency,
        remainingMinor: amount,
        dueDate: fc.option(isoDate, { nil: null }),
        disputed: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    oldestDueDate: fc.option(isoDate, { nil: null }),
    lastContactAt: fc.option(isoDateTime, { nil: null }),
    lastReason: fc.option(fc.constantFrom(...REASONS), { nil: null }),
    remindersSent: fc.nat(50),
    eventCount: fc.nat(10_000),
    updatedAt: isoDateTime,
  });
}

/**
 * A whole database: up to `maxClients` clients and records that belong to them, each in the form
 * its schema outputs (defaults filled in), as the repository stores them.
 */
/** A reason the user set by hand for a reply (features are hashed buckets). */
function correctionArb(ids: string[]) {
  return fc.record({
    id: fc.uuid(),
    clientId: fc.option(fc.constantFrom(...ids), { nil: null }),
    features: fc
      .uniqueArray(fc.nat({ max: 8191 }), { maxLength: 20 })
      .map((f) => f.sort((a, b) => a - b)),
    reason: fc.constantFrom(...refusalReason.options),
    at: fc.constant('2026-11-23T10:00:00.000Z'),
  });
}

export function databaseArb(maxClients = 5): fc.Arbitrary<StoreContents> {
  return rawDatabaseArb(maxClients).map(canonical);
}

/**
 * What the repository keeps true and an import checks (issue 11, finding 12): each address has one
 * owner, and each summary's open items and balances follow from its client's invoices.
 */
function consistent(stores: StoreContents): StoreContents {
  const owned = new Set<string>();
  const clients = stores.clients.map((c) => {
    const emails = c.emails.filter((e) => !owned.has(e));
    emails.forEach((e) => owned.add(e));
    return { ...c, emails };
  });
  const summaries = stores.summaries.map((s) =>
    nextSummary(
      s,
      stores.invoices.filter((i) => i.clientId === s.clientId),
      null,
      s.updatedAt,
    ),
  );
  return { ...stores, clients, summaries };
}

function canonical(raw: StoreContents): StoreContents {
  const parseAll = <T>(schema: z.ZodType<T>, records: unknown[]): T[] =>
    records.map((r) => schema.parse(r));
  const stores = consistent(raw);
  return {
    clients: parseAll(STORE_SCHEMAS.clients, stores.clients),
    invoices: parseAll(STORE_SCHEMAS.invoices, stores.invoices),
    events: parseAll(STORE_SCHEMAS.events, stores.events),
    followups: parseAll(STORE_SCHEMAS.followups, stores.followups),
    summaries: parseAll(STORE_SCHEMAS.summaries, stores.summaries),
    replyCorrections: parseAll(STORE_SCHEMAS.replyCorrections, stores.replyCorrections),
  };
}

function rawDatabaseArb(maxClients: number): fc.Arbitrary<StoreContents> {
  return fc
    .uniqueArray(clientArb, { selector: (c) => c.id, maxLength: maxClients })
    .chain((clients) => {
      const ids = clients.map((c) => c.id);
      if (ids.length === 0) {
        return fc.constant({
          clients,
          invoices: [],
          events: [],
          followups: [],
          summaries: [],
          replyCorrections: [],
        });
      }
      return fc.record({
        clients: fc.constant(clients),
        invoices: fc.uniqueArray(invoiceArb(ids), { selector: (r) => r.id, maxLength: 8 }),
        events: fc.uniqueArray(eventArb(ids), { selector: (r) => r.id, maxLength: 14 }),
        followups: fc.uniqueArray(followupArb(ids), { selector: (r) => r.id, maxLength: 4 }),
        summaries: fc.subarray(ids).chain((own) => fc.tuple(...own.map(summaryArb))),
        replyCorrections: fc.uniqueArray(correctionArb(ids), {
          selector: (r) => r.id,
          maxLength: 3,
        }),
      });
    });
}
