/**
 * Restores a backup file straight into IndexedDB (issue 11, finding 9). A version 2 file
 * (stream-export.ts) is read line by line and validated record by record as it is written in
 * bounded batches; everything happens inside ONE read-write transaction over every store, so any
 * problem — a bad record, a cut-off file, an inconsistent summary — aborts it and the database
 * stays exactly as it was. A version 1 file (one JSON document) goes through validate.ts as before.
 */
import { Dexie } from 'dexie';
import type { FirmlyDB } from '@/utils/db/database';
import { EXPORT_FORMAT, STORE_NAMES, type StoreCounts, type StoreName } from './format';
import type { ImportProblem } from './problems';
import { BlobLines } from './line-reader';
import { StreamChecker, StreamProblems } from './stream-check';
import { STREAM_BATCH, STREAM_EXPORT_VERSION } from './stream-export';
import { parseExportText, type ValidateOptions } from './validate';
import { replaceAllData } from './restore';

export type StreamImportResult =
  | { ok: true; counts: StoreCounts; settings: Record<string, unknown> }
  | { ok: false; problems: ImportProblem[]; total: number };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Thrown inside the transaction to roll it back. */
class Refused extends Error {}

const fail = (p: StreamProblems): StreamImportResult => ({
  ok: false,
  problems: p.listed,
  total: p.total,
});

/** Replaces all data with the file's, or changes nothing and says why. */
export async function importBackup(
  db: FirmlyDB,
  file: Blob,
  options: ValidateOptions,
  batchSize = STREAM_BATCH,
): Promise<StreamImportResult> {
  const lines = new BlobLines(file);
  const first = (await lines.next())?.replace(/^\uFEFF/, '') ?? '';
  let header: unknown;
  try {
    header = JSON.parse(first);
  } catch {
    header = undefined;
  }
  if (!isObject(header) || header.version !== STREAM_EXPORT_VERSION)
    return importWhole(db, file, options);

  const problems = new StreamProblems();
  const settings = checkHeader(header, options, problems);
  if (problems.total > 0) return fail(problems);

  const checker = new StreamChecker();
  try {
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((t) => t.clear()));
      let store: StoreName | null = null;
      let batch: unknown[] = [];
      // bulkAdd (not bulkPut): a key collision aborts the transaction instead of overwriting.
      const flush = async () => {
        if (store && batch.length && checker.problems.total === 0)
          await db.table(store).bulkAdd(batch);
        batch = [];
      };
      let trailer: Record<string, unknown> | null = null;
      for (;;) {
        const text = lines.take();
        if (text === undefined) {
          // The file is read outside IndexedDB; waitFor keeps the transaction open meanwhile.
          await Dexie.waitFor(lines.fill());
          continue;
        }
        if (text === null) break;
        if (!text.trim()) continue;
        let entry: unknown;
        try {
          entry = JSON.parse(text);
        } catch (e) {
          checker.problems.add({ code: 'not-json', detail: `line ${lines.line}: ${String(e)}` });
          break;
        }
        if (isObject(entry) && entry.end === true) {
          trailer = entry;
          break;
        }
        const name = isObject(entry) ? entry.store : undefined;
        if (typeof name !== 'string' || !(STORE_NAMES as string[]).includes(name)) {
          checker.problems.add({ code: 'missing-section', section: `line ${lines.line}: store` });
          break;
        }
        if (name !== store) {
          await flush();
          store = name as StoreName;
        }
        const value = checker.check(store, (entry as Record<string, unknown>).record);
        if (value !== null) batch.push(value);
        if (batch.length >= batchSize) await flush();
        // Past the listed problems the rest would only be counted: stop reading.
        if (checker.problems.listed.length >= 20) break;
      }
      await flush();
      if (checker.problems.total === 0) {
        const counts = isObject(trailer) ? trailer.counts : undefined;
        if (JSON.stringify(counts) !== JSON.stringify(checker.counts))
          checker.problems.add({ code: 'missing-section', section: 'end (the file is cut off)' });
      }
      checker.finish();
      if (checker.problems.total > 0) throw new Refused();
    });
  } catch (e) {
    if (e instanceof Refused) return fail(checker.problems);
    throw e;
  }
  return { ok: true, counts: checker.counts, settings };
}

function checkHeader(
  header: Record<string, unknown>,
  options: ValidateOptions,
  problems: StreamProblems,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (header.format !== EXPORT_FORMAT) {
    problems.add({ code: 'not-an-export' });
    return out;
  }
  const v = header.schemaVersion;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    problems.add({ code: 'missing-section', section: 'schemaVersion' });
    return out;
  }
  if (v > options.schemaVersion) {
    problems.add({ code: 'newer-schema', found: v, supported: options.schemaVersion });
    return out;
  }
  const raw = header.settings;
  if (!isObject(raw)) {
    problems.add({ code: 'missing-section', section: 'settings' });
    return out;
  }
  for (const [item, schema] of Object.entries(options.settingsSchemas)) {
    if (!(item in raw)) {
      problems.add({ code: 'missing-section', section: `settings.${item}` });
      continue;
    }
    const parsed = schema.safeParse(raw[item]);
    if (parsed.success) out[item] = parsed.data;
    else
      for (const issue of parsed.error.issues)
        problems.add({
          code: 'invalid-settings',
          item,
          field: issue.path.map(String).join('.'),
          detail: issue.message,
        });
  }
  return out;
}

/** A version 1 file: one JSON document, validated whole, then written in one transaction. */
async function importWhole(
  db: FirmlyDB,
  file: Blob,
  options: ValidateOptions,
): Promise<StreamImportResult> {
  const parsed = parseExportText(await file.text(), options);
  if (!parsed.ok) return parsed;
  await replaceAllData(db, parsed.value.stores);
  return { ok: true, counts: parsed.value.counts, settings: parsed.value.settings };
}
