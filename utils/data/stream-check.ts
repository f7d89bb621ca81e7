/**
 * Validates a backup one record at a time (issue 11, finding 9): the same checks as validate.ts
 * — each record's schema, unique keys, links to a client, and the consistency of summaries —
 * without holding the event log in memory. Records must come store by store in restore order
 * (clients first), as the streamed export writes them.
 */
import type { z } from 'zod';
import type { ClientRecord, InvoiceRecord, SummaryRecord } from '@/utils/db/records';
import {
  PRIMARY_KEY,
  STORE_NAMES,
  STORE_SCHEMAS,
  type StoreCounts,
  type StoreName,
} from './format';
import { MAX_LISTED_PROBLEMS, type ImportProblem } from './problems';
import { consistencyProblems } from './consistency';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems found so far: the first few listed, all counted. */
export class StreamProblems {
  readonly listed: ImportProblem[] = [];
  total = 0;
  add(p: ImportProblem): void {
    this.total += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(p);
  }
}

export class StreamChecker {
  readonly problems = new StreamProblems();
  readonly counts = Object.fromEntries(STORE_NAMES.map((s) => [s, 0])) as StoreCounts;
  private readonly ids = new Map<StoreName, Set<string>>(STORE_NAMES.map((s) => [s, new Set()]));
  private readonly keys = new Set<string>();
  // Small stores kept for the consistency check; events (the big one) are never held.
  private readonly clients: ClientRecord[] = [];
  private readonly invoices: InvoiceRecord[] = [];
  private readonly summaries: SummaryRecord[] = [];

  /** The record as its schema outputs it, or null (and problems recorded). */
  check(store: StoreName, record: unknown): unknown {
    const index = this.counts[store]++;
    const schema: z.ZodType = STORE_SCHEMAS[store];
    const parsed = schema.safeParse(record);
    const rawId = isObject(record) ? record[PRIMARY_KEY[store]] : undefined;
    const id = typeof rawId === 'string' && rawId ? rawId : null;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        this.problems.add({
          code: 'invalid-record',
          store,
          index,
          id,
          field: issue.path.map(String).join('.'),
          detail: issue.message,
        });
      return null;
    }
    const value = parsed.data as Record<string, unknown>;
    const key = String(value[PRIMARY_KEY[store]]);
    const seen = this.ids.get(store)!;
    if (seen.has(key)) this.problems.add({ code: 'duplicate-id', store, index, id: key });
    seen.add(key);
    if (store === 'events') {
      const k = String(value.idempotencyKey);
      if (this.keys.has(k))
        this.problems.add({ code: 'duplicate-key', store: 'events', index, id: key, key: k });
      this.keys.add(k);
    }
    if (store !== 'clients' && store !== 'replyCorrections') {
      const clientId = String(value.clientId);
      if (!this.ids.get('clients')!.has(clientId))
        this.problems.add({ code: 'unknown-client', store, index, id: key, clientId });
    }
    if (store === 'clients') this.clients.push(value as unknown as ClientRecord);
    if (store === 'invoices') this.invoices.push(value as unknown as InvoiceRecord);
    if (store === 'summaries') this.summaries.push(value as unknown as SummaryRecord);
    return value;
  }

  /** Runs the whole-file checks once every record was seen. */
  finish(): void {
    if (this.problems.total > 0) return;
    const stores = {
      clients: this.clients,
      invoices: this.invoices,
      summaries: this.summaries,
      events: [],
      followups: [],
      replyCorrections: [],
    };
    for (const p of consistencyProblems(stores)) this.problems.add(p);
  }
}
