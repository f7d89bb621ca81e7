/**
 * Portfolio totals per currency ("owed to you", "overdue"), kept in the `totals` store so the
 * popup never sums 10,000 summaries on open.
 *
 * The store is a derived cache of the `summaries` store. A Dexie middleware applies the change of
 * every summary write to it inside the same transaction, so both commit or neither does. Anything
 * it cannot follow precisely (clearing the summaries, a write outside its reach) drops the `built`
 * marker instead, and the next read rebuilds the cache from the summaries. Derived: an export
 * must not carry it, an import must not restore it.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { addMinor } from '@/utils/money';
import type { SummaryRecord } from './records';
import type { FirmlyDB } from './database';

export const TOTALS_STORE = 'totals';
const SUMMARIES_STORE = 'summaries';
/**
 * Present only while the buckets match the summaries exactly. Versioned: a cache built under
 * older bucket rules (credit subtracted from everyone's total) is rebuilt on the next read.
 */
export const BUILT_ID = '#built:2';

/**
 * One bucket of money per currency: remaining amounts of undisputed open items by due date
 * (`due:YYYY-MM-DD`), of those without a due date (`undated`), of disputed items (`disputed`),
 * the part of a client's credit that offsets that same client's open amount (`credit`), and the
 * credit beyond it (`surplus`), which is shown apart and never reduces what others owe.
 * Overdue as of any day is a sum over due dates.
 */
export interface TotalsBucketRow {
  id: string;
  currency: string;
  bucket: string;
  amountMinor: number;
}
export interface TotalsBuiltRow {
  id: typeof BUILT_ID;
  currency: '';
  bucket: '#built';
  amountMinor: 0;
}
export type TotalsRow = TotalsBucketRow | TotalsBuiltRow;

/** What the popup shows per currency. */
export interface CurrencyTotal {
  currency: string;
  /** Open invoices minus each client's own credit (a credit never lowers another's debt). */
  owedMinor: number;
  /** Credit in clients' favour beyond what they owe: money to return or to set off later. */
  creditMinor: number;
  /** Undisputed open amounts whose due date is before `today`. */
  overdueMinor: number;
  disputedMinor: number;
}

const rowId = (currency: string, bucket: string): string => `${currency}|${bucket}`;

/** The amounts one summary adds to each bucket. */
export function summaryBuckets(
  s: Pick<SummaryRecord, 'open' | 'credits'> | undefined,
): Map<string, TotalsBucketRow> {
  const out = new Map<string, TotalsBucketRow>();
  if (!s) return out;
  const add = (currency: string, bucket: string, amountMinor: number) => {
    if (!amountMinor) return;
    const id = rowId(currency, bucket);
    const row = out.get(id) ?? { id, currency, bucket, amountMinor: 0 };
    row.amountMinor = addMinor(row.amountMinor, amountMinor);
    out.set(id, row);
  };
  const openByCurrency = new Map<string, number>();
  for (const item of s.open ?? []) {
    const bucket = item.disputed ? 'disputed' : item.dueDate ? `due:${item.dueDate}` : 'undated';
    add(item.currency, bucket, item.remainingMinor);
    openByCurrency.set(
      item.currency,
      (openByCurrency.get(item.currency) ?? 0) + item.remainingMinor,
    );
  }
  for (const [currency, credit] of Object.entries(s.credits ?? {})) {
    if (credit <= 0) continue;
    const offset = Math.min(credit, Math.max(0, openByCurrency.get(currency) ?? 0));
    add(currency, 'credit', offset);
    add(currency, 'surplus', credit - offset);
  }
  return out;
}

/** Folds bucket rows into per-currency totals as of `today` (YYYY-MM-DD), sorted by currency. */
export function foldTotals(rows: readonly TotalsRow[], today: string): CurrencyTotal[] {
  const byCurrency = new Map<string, CurrencyTotal>();
  for (const row of rows) {
    if (row.id === BUILT_ID) continue;
    const t = byCurrency.get(row.currency) ?? {
      currency: row.currency,
      owedMinor: 0,
      overdueMinor: 0,
      disputedMinor: 0,
      creditMinor: 0,
    };
    if (row.bucket === 'credit') t.owedMinor = addMinor(t.owedMinor, -row.amountMinor);
    else if (row.bucket === 'surplus') t.creditMinor = addMinor(t.creditMinor, row.amountMinor);
    else t.owedMinor = addMinor(t.owedMinor, row.amountMinor);
    if (row.bucket === 'disputed') t.disputedMinor = addMinor(t.disputedMinor, row.amountMinor);
    if (row.bucket.startsWith('due:') && row.bucket.slice(4) < today)
      t.overdueMinor = addMinor(t.overdueMinor, row.amountMinor);
    byCurrency.set(row.currency, t);
  }
  return [...byCurrency.values()]
    .filter((t) => t.owedMinor !== 0 || t.overdueMinor !== 0 || t.creditMinor !== 0)
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Bucket rows for a whole set of summaries (rebuild and upgrade). */
export function bucketsOf(
  summaries: Iterable<Pick<SummaryRecord, 'open' | 'credits'>>,
): TotalsRow[] {
  const all = new Map<string, TotalsBucketRow>();
  for (const s of summaries) {
    for (const [id, row] of summaryBuckets(s)) {
      const acc = all.get(id) ?? { ...row, amountMinor: 0 };
      acc.amountMinor = addMinor(acc.amountMinor, row.amountMinor);
      all.set(id, acc);
    }
  }
  const built: TotalsBuiltRow = { id: BUILT_ID, currency: '', bucket: '#built', amountMinor: 0 };
  return [...[...all.values()].filter((r) => r.amountMinor !== 0), built];
}

type IdbLike = { mode?: string; objectStoreNames?: { contains(name: string): boolean } };

/** True when this transaction can (and should) maintain the totals store. */
function maintains(trans: DBCoreTransaction): boolean {
  const t = trans as unknown as IdbLike;
  // Upgrades rebuild the cache themselves (and older versions have no such store).
  if (t.mode !== 'readwrite') return false;
  return t.objectStoreNames?.contains(TOTALS_STORE) ?? false;
}

/** Adds `sign` × `buckets` to the stored rows; rows that reach zero are deleted. */
async function applyDelta(
  totals: DBCoreTable,
  trans: DBCoreTransaction,
  delta: Map<string, number>,
): Promise<void> {
  const ids = [...delta.keys()].filter((id) => delta.get(id) !== 0);
  if (ids.length === 0) return;
  const current = (await totals.getMany({ trans, keys: ids })) as (TotalsBucketRow | undefined)[];
  const puts: TotalsBucketRow[] = [];
  const deletes: string[] = [];
  ids.forEach((id, i) => {
    const [currency = '', bucket = ''] = id.split('|');
    const amountMinor = addMinor(current[i]?.amountMinor ?? 0, delta.get(id) ?? 0);
    if (amountMinor === 0) deletes.push(id);
    else puts.push({ id, currency, bucket, amountMinor });
  });
  if (puts.length)
    await totals.mutate({ trans, type: 'put', values: puts, keys: puts.map((r) => r.id) });
  if (deletes.length) await totals.mutate({ trans, type: 'delete', keys: deletes });
}

function addInto(
  delta: Map<string, number>,
  buckets: Map<string, TotalsBucketRow>,
  sign: 1 | -1,
): void {
  for (const [id, row] of buckets)
    delta.set(id, addMinor(delta.get(id) ?? 0, sign * row.amountMinor));
}

/** Runs one summaries write and mirrors its effect on the totals store. */
async function mutateWithTotals(
  summaries: DBCoreTable,
  totals: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const built = await totals.get({ trans, key: BUILT_ID });
  // Not built: the next read rebuilds everything, so there is nothing to keep in step.
  if (!built) return summaries.mutate(req);
  if (req.type === 'deleteRange') {
    await totals.mutate({ trans, type: 'delete', keys: [BUILT_ID] });
    return summaries.mutate(req);
  }
  const extract = summaries.schema.primaryKey.extractKey;
  const keys: unknown[] =
    req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => extract?.(v)));
  if (keys.some((k) => k === undefined)) {
    await totals.mutate({ trans, type: 'delete', keys: [BUILT_ID] });
    return summaries.mutate(req);
  }
  const before = (await summaries.getMany({ trans, keys })) as (SummaryRecord | undefined)[];
  const res = await summaries.mutate(req);
  const delta = new Map<string, number>();
  keys.forEach((_, i) => {
    if (res.failures[i]) return;
    addInto(delta, summaryBuckets(before[i]), -1);
    if (req.type !== 'delete')
      addInto(delta, summaryBuckets(req.values[i] as SummaryRecord | undefined), 1);
  });
  await applyDelta(totals, trans, delta);
  return res;
}

/**
 * Dexie middleware: read-write transactions over `summaries` also take `totals`, and every
 * summaries write updates it. Writes within one transaction are applied one after another so
 * concurrent puts cannot lose each other's change.
 */
export const totalsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'FirmlyTotals',
  create(down) {
    const hasTotals = down.schema.tables.some((t) => t.name === TOTALS_STORE);
    if (!hasTotals) return {};
    const queues = new WeakMap<object, Promise<unknown>>();
    return {
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' &&
          stores.includes(SUMMARIES_STORE) &&
          !stores.includes(TOTALS_STORE);
        return down.transaction(widen ? [...stores, TOTALS_STORE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== SUMMARIES_STORE) return table;
        return {
          ...table,
          mutate(req) {
            if (!maintains(req.trans)) return table.mutate(req);
            const previous = queues.get(req.trans) ?? Promise.resolve();
            const run = previous.then(
              () => mutateWithTotals(table, down.table(TOTALS_STORE), req),
              () => mutateWithTotals(table, down.table(TOTALS_STORE), req),
            );
            queues.set(req.trans, run);
            return run;
          },
        };
      },
    };
  },
};

/** Rebuilds the cache from every summary (after an import, an erase, or a fresh install). */
export async function rebuildTotals(db: FirmlyDB): Promise<TotalsRow[]> {
  return db.transaction('rw', [db.summaries, db.totals], async () => {
    const rows = bucketsOf(await db.summaries.toArray());
    await db.totals.clear();
    await db.totals.bulkPut(rows);
    return rows;
  });
}

/** Totals per currency as of `today`; rebuilds the cache first when it is not built. */
export async function readTotals(db: FirmlyDB, today: string): Promise<CurrencyTotal[]> {
  let rows: TotalsRow[] = await db.totals.toArray();
  if (!rows.some((r) => r.id === BUILT_ID)) rows = await rebuildTotals(db);
  return foldTotals(rows, today);
}
