/**
 * The streamed export (format version 2, issue 11 finding 9): newline-delimited JSON — a header
 * line (envelope + settings), one line per record store by store in restore order, and a trailer
 * with the counts, so a cut-off file is recognised. The records are read straight from IndexedDB
 * in bounded batches by primary key and come out as chunks for a Blob, never as one giant string.
 */
import type { Table } from 'dexie';
import type { FirmlyDB } from '@/utils/db/database';
import { EXPORT_FORMAT, PRIMARY_KEY, STORE_NAMES, type StoreCounts } from './format';
import type { ExportMeta } from './export';
import type { ImportProblem } from './problems';
import { StreamChecker } from './stream-check';

/** Envelope version of the newline-delimited layout (version 1 is the single JSON document). */
export const STREAM_EXPORT_VERSION = 2;
/** Records read (and written on import) per IndexedDB request. */
export const STREAM_BATCH = 5000;

export interface StreamedExport {
  /** The file's text in chunks, one per batch: hand them to `new Blob(parts)`. */
  parts: string[];
  counts: StoreCounts;
  exportedAt: string;
  /** Would this file import again? The import's own checks, run while reading. */
  selfCheck: { problems: ImportProblem[]; total: number };
}

/** One batch of a store, in primary-key order after `after` (exclusive). */
function page(table: Table, after: unknown, size: number) {
  const from = after === undefined ? table.orderBy(':id') : table.where(':id').above(after);
  return from.limit(size).toArray();
}

/** Reads every store in one read transaction (a consistent snapshot), batch by batch. */
export async function streamExport(
  db: FirmlyDB,
  meta: ExportMeta,
  batchSize = STREAM_BATCH,
): Promise<StreamedExport> {
  const header = {
    format: EXPORT_FORMAT,
    version: STREAM_EXPORT_VERSION,
    schemaVersion: db.verno,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion ?? null,
    settings: { ...meta.settings },
  };
  const parts = [`${JSON.stringify(header)}\n`];
  const checker = new StreamChecker();
  const tables = STORE_NAMES.map((s) => db.table(s));
  await db.transaction('r', tables, async () => {
    for (const store of STORE_NAMES) {
      const table = db.table(store);
      let after: unknown = undefined;
      for (;;) {
        const rows = await page(table, after, batchSize);
        if (rows.length === 0) break;
        let chunk = '';
        for (const record of rows) {
          checker.check(store, record);
          chunk += `${JSON.stringify({ store, record })}\n`;
        }
        parts.push(chunk);
        if (rows.length < batchSize) break;
        after = (rows[rows.length - 1] as Record<string, unknown>)[PRIMARY_KEY[store]];
      }
    }
  });
  checker.finish();
  parts.push(`${JSON.stringify({ end: true, counts: checker.counts })}\n`);
  return {
    parts,
    counts: checker.counts,
    exportedAt: meta.exportedAt,
    selfCheck: { problems: checker.problems.listed, total: checker.problems.total },
  };
}
