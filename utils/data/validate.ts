/**
 * Checks an import file completely before anything is written: the envelope, every record
 * against its schema in `utils/db/records.ts`, the links between records, and the settings.
 * A file with any problem is refused as a whole.
 */
import type { z } from 'zod';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  PRIMARY_KEY,
  STORE_NAMES,
  OPTIONAL_STORES,
  STORE_SCHEMAS,
  countRecords,
  type SettingsSchemas,
  type StoreContents,
  type StoreCounts,
  type StoreName,
} from './format';
import { MAX_LISTED_PROBLEMS, type ImportProblem } from './problems';
import { consistencyProblems } from './consistency';

export interface ValidateOptions {
  /** The database schema version of this build (`db.verno`). */
  schemaVersion: number;
  /** Settings items the file must carry, with their schemas. */
  settingsSchemas: SettingsSchemas;
}

/** A file ready to restore: records and settings as their schemas output them. */
export interface ValidExport {
  stores: StoreContents;
  settings: Record<string, unknown>;
  counts: StoreCounts;
  schemaVersion: number;
}

export type ValidationResult =
  | { ok: true; value: ValidExport }
  /** `problems` lists at most MAX_LISTED_PROBLEMS; `total` counts them all. */
  | { ok: false; problems: ImportProblem[]; total: number };

/** Collects problems, keeping the first few and counting the rest. */
class ProblemList {
  readonly listed: ImportProblem[] = [];
  total = 0;
  add(p: ImportProblem): void {
    this.total += 1;
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(p);
  }
  fail(): ValidationResult {
    return { ok: false, problems: this.listed, total: this.total };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const pathOf = (issue: z.ZodError['issues'][number]): string => issue.path.map(String).join('.');

/** Parses the file text and validates it. */
export function parseExportText(text: string, options: ValidateOptions): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      ok: false,
      problems: [{ code: 'not-json', detail: e instanceof Error ? e.message : String(e) }],
      total: 1,
    };
  }
  return validateExport(raw, options);
}

/** Validates an already parsed file. */
export function validateExport(raw: unknown, options: ValidateOptions): ValidationResult {
  const problems = new ProblemList();
  if (!isObject(raw) || raw.format !== EXPORT_FORMAT) {
    problems.add({ code: 'not-an-export' });
    return problems.fail();
  }
  if (raw.version !== EXPORT_VERSION) {
    problems.add({ code: 'unsupported-version', found: JSON.stringify(raw.version) ?? 'none' });
    return problems.fail();
  }
  const schemaVersion = raw.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    problems.add({ code: 'missing-section', section: 'schemaVersion' });
    return problems.fail();
  }
  // Older files are read with today's record schemas: a field that changed shape is reported by
  // name below rather than guessed at.
  if (schemaVersion > options.schemaVersion) {
    problems.add({ code: 'newer-schema', found: schemaVersion, supported: options.schemaVersion });
    return problems.fail();
  }

  const stores = validateStores(raw.stores, problems);
  const settings = validateSettings(raw.settings, options.settingsSchemas, problems);
  if (stores && problems.total === 0) checkLinks(stores, problems);
  if (stores && problems.total === 0) consistencyProblems(stores).forEach((p) => problems.add(p));
  if (problems.total > 0 || !stores) return problems.fail();
  return { ok: true, value: { stores, settings, counts: countRecords(stores), schemaVersion } };
}

function validateStores(raw: unknown, problems: ProblemList): StoreContents | null {
  if (!isObject(raw)) {
    problems.add({ code: 'missing-section', section: 'stores' });
    return null;
  }
  const out: Partial<Record<StoreName, unknown[]>> = {};
  for (const store of STORE_NAMES) {
    const records = raw[store] ?? (OPTIONAL_STORES.includes(store) ? [] : undefined);
    if (!Array.isArray(records)) {
      problems.add({ code: 'missing-section', section: `stores.${store}` });
      continue;
    }
    const schema: z.ZodType = STORE_SCHEMAS[store];
    out[store] = records.map((record: unknown, index) => {
      const parsed = schema.safeParse(record);
      if (parsed.success) return parsed.data;
      const id = isObject(record) ? record[PRIMARY_KEY[store]] : undefined;
      for (const issue of parsed.error.issues) {
        problems.add({
          code: 'invalid-record',
          store,
          index,
          id: typeof id === 'string' && id ? id : null,
          field: pathOf(issue),
          detail: issue.message,
        });
      }
      return record;
    });
  }
  // Every store parsed (or problems were recorded and this value is not used).
  return problems.total === 0 ? (out as unknown as StoreContents) : null;
}

function validateSettings(
  raw: unknown,
  schemas: SettingsSchemas,
  problems: ProblemList,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!isObject(raw)) {
    problems.add({ code: 'missing-section', section: 'settings' });
    return out;
  }
  for (const [item, schema] of Object.entries(schemas)) {
    if (!(item in raw)) {
      problems.add({ code: 'missing-section', section: `settings.${item}` });
      continue;
    }
    const parsed = schema.safeParse(raw[item]);
    if (parsed.success) out[item] = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        problems.add({
          code: 'invalid-settings',
          item,
          field: pathOf(issue),
          detail: issue.message,
        });
      }
    }
  }
  return out;
}

/** Unique keys, and every record that belongs to a client names one in the file. */
function checkLinks(stores: StoreContents, problems: ProblemList): void {
  for (const store of STORE_NAMES) {
    const seen = new Set<string>();
    const key = PRIMARY_KEY[store];
    stores[store].forEach((record, index) => {
      const id = (record as unknown as Record<string, string>)[key] ?? '';
      if (seen.has(id)) problems.add({ code: 'duplicate-id', store, index, id });
      seen.add(id);
    });
  }
  const keys = new Set<string>();
  stores.events.forEach((event, index) => {
    if (keys.has(event.idempotencyKey)) {
      problems.add({
        code: 'duplicate-key',
        store: 'events',
        index,
        id: event.id,
        key: event.idempotencyKey,
      });
    }
    keys.add(event.idempotencyKey);
  });
  const clientIds = new Set(stores.clients.map((c) => c.id));
  const owned = [
    ['invoices', stores.invoices],
    ['events', stores.events],
    ['followups', stores.followups],
    ['summaries', stores.summaries],
  ] as const;
  for (const [store, records] of owned) {
    records.forEach((record, index) => {
      if (clientIds.has(record.clientId)) return;
      const id = 'id' in record ? record.id : record.clientId;
      problems.add({ code: 'unknown-client', store, index, id, clientId: record.clientId });
    });
  }
}
