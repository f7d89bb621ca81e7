/**
 * The `firmly` IndexedDB database. Only extension pages and the background open it: a content
 * script would write into the *page's* IndexedDB (Gmail's origin), so content scripts message.
 *
 * Versions are append-only history: never edit a shipped version, add a new one with an upgrade.
 */
import { saneInvoice, saneSummary } from './sane-dates';
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type {
  ClientRecord,
  EventRecord,
  FollowupRecord,
  InvoiceRecord,
  ReplyCorrectionRecord,
  SummaryRecord,
} from './records';
import { BUILT_ID, bucketsOf, totalsMiddleware, type TotalsRow } from './totals';
import type { AddressRow } from './addresses';
import type { PendingRecord } from '@/utils/trust/pending-record';
import { mergePlan, mergedSummary } from './merge-clients';
import { searchTokensMiddleware, withoutSearchTokens } from './search-index';
import { clientSearchTokens } from '@/utils/ledger/search-tokens';

export const DB_NAME = 'firmly';

/** Version 1 as first shipped; kept so upgrade tests can create real v1 data. */
export const SCHEMA_V1 = {
  clients: 'id, *emails, domain, name, createdAt',
  invoices: 'id, clientId, number, dueDate, status, [clientId+dueDate]',
  events: 'id, clientId, invoiceId, type, at, &idempotencyKey, [clientId+at]',
  followups: 'id, clientId, dueAt, status',
  summaries: 'clientId, oldestDueDate, updatedAt',
} as const;

/**
 * Version 2: invoices track `paidMinor` (partial payments) and can be found by
 * [clientId+status]; clients get the `ignored` flag ("not a client"). The upgrade backfills both
 * and rebuilds each summary's `open` list, which v1 did not keep.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  invoices: 'id, clientId, number, dueDate, status, [clientId+dueDate], [clientId+status]',
} as const;

/**
 * Version 3: the `totals` store, a derived cache of portfolio totals per currency and due date
 * (see totals.ts), so the popup shows "owed / overdue" without summing every summary.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  totals: 'id',
} as const;

/**
 * Version 4: `addresses`, one row per normalised client address (the primary key makes an
 * address belong to one client at most), so two tabs reading the same thread cannot create the
 * client twice; and `pending`, observations from sources the trust model does not let write to
 * the log until the user confirms them (utils/trust). The upgrade merges the duplicate clients
 * older versions could create.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  addresses: 'email, clientId',
  pending: 'key, status, createdAt',
} as const;

/**
 * Version 5: the `replyCorrections` store, the reasons the user set by
 * hand for replies (see records.ts). Only the new store is listed; Dexie keeps the others.
 */
export const SCHEMA_V5 = {
  replyCorrections: 'id, clientId, at',
} as const;

/**
 * Version 7 (6 is sync's): clients get `searchTokens`, the folded words of their name (see
 * utils/ledger/search-tokens.ts) in a multi-entry index, so search finds any word's prefix
 * without reading every client. Restates the v1 clients spec plus the new index; the upgrade
 * fills the tokens of existing clients and the middleware keeps them current on every write.
 */
export const SCHEMA_V7 = {
  clients: `${SCHEMA_V1.clients}, *searchTokens`,
} as const;

export class FirmlyDB extends Dexie {
  clients!: EntityTable<ClientRecord, 'id'>;
  invoices!: EntityTable<InvoiceRecord, 'id'>;
  events!: EntityTable<EventRecord, 'id'>;
  followups!: EntityTable<FollowupRecord, 'id'>;
  summaries!: EntityTable<SummaryRecord, 'clientId'>;
  totals!: EntityTable<TotalsRow, 'id'>;
  addresses!: EntityTable<AddressRow, 'email'>;
  pending!: EntityTable<PendingRecord, 'key'>;
  replyCorrections!: EntityTable<ReplyCorrectionRecord, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5);
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
    this.use(totalsMiddleware);
    this.use(searchTokensMiddleware);
    this.clients.hook('reading', withoutSearchTokens);
    // Impossible dates stored by older versions are read as unknown, never thrown on.
    this.invoices.hook('reading', saneInvoice);
    this.summaries.hook('reading', saneSummary);
  }
}

/** v1 → v2 data migration. Exported for the upgrade test. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('clients')
    .toCollection()
    .modify((c: Record<string, unknown>) => {
      if (typeof c.ignored !== 'boolean') c.ignored = false;
    });
  await tx
    .table('invoices')
    .toCollection()
    .modify((inv: Record<string, unknown>) => {
      if (typeof inv.paidMinor !== 'number') {
        inv.paidMinor = inv.status === 'paid' ? inv.amountMinor : 0;
      }
    });
  const invoices = (await tx.table('invoices').toArray()) as InvoiceRecord[];
  await tx
    .table('summaries')
    .toCollection()
    .modify((s: Record<string, unknown>) => {
      const own = invoices.filter((i) => i.clientId === s.clientId);
      s.open = own
        .filter((i) => i.status !== 'paid' && i.status !== 'written_off')
        .map((i) => ({
          invoiceId: i.id,
          number: i.number,
          currency: i.currency,
          remainingMinor: i.amountMinor - i.paidMinor,
          dueDate: i.dueDate,
          disputed: i.status === 'disputed',
        }));
    });
}

/** v2 → v3: builds the totals cache from the existing summaries. Exported for the upgrade test. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const summaries = (await tx.table('summaries').toArray()) as SummaryRecord[];
  await tx.table('totals').bulkPut(bucketsOf(summaries));
}

/**
 * v3 → v4: merges clients that share a normalised address into the oldest of them (their
 * invoices, events and follow-ups move to it, its summary is rebuilt from the merged invoices),
 * then fills `addresses`. Exported for the upgrade test.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const clients = (await tx.table('clients').toArray()) as ClientRecord[];
  const plan = mergePlan(clients);
  for (const [keepId, mergedIds] of plan.merges) {
    const keep = plan.clients.get(keepId)!;
    await tx.table('clients').put(keep);
    for (const table of ['invoices', 'events', 'followups'] as const) {
      await tx
        .table(table)
        .where('clientId')
        .anyOf(mergedIds)
        .modify((row: { clientId: string }) => {
          row.clientId = keepId;
        });
    }
    const summaries = (await tx.table('summaries').bulkGet([keepId, ...mergedIds])).filter(
      Boolean,
    ) as SummaryRecord[];
    const invoices = (await tx
      .table('invoices')
      .where('clientId')
      .equals(keepId)
      .toArray()) as InvoiceRecord[];
    await tx.table('summaries').bulkDelete(mergedIds);
    await tx.table('clients').bulkDelete(mergedIds);
    await tx.table('summaries').put(mergedSummary(keepId, summaries, invoices));
  }
  if (plan.merges.size > 0) {
    // The totals cache is rebuilt from the summaries on its next read.
    await tx.table('totals').delete(BUILT_ID);
  }
  const rows: AddressRow[] = [];
  for (const c of plan.clients.values())
    for (const email of c.emails) rows.push({ email, clientId: c.id });
  await tx.table('addresses').bulkPut(rows);
}

/** v5/v6 → v7: the search tokens of every existing client. Exported for the upgrade test. */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  await tx
    .table('clients')
    .toCollection()
    .modify((c: Record<string, unknown>) => {
      c.searchTokens = clientSearchTokens(typeof c.name === 'string' ? c.name : '');
    });
}

let shared: FirmlyDB | null = null;

/** The one database instance of this extension context. */
export function getDb(): FirmlyDB {
  shared ??= new FirmlyDB();
  return shared;
}
