/**
 * Why an import file was refused, as data: the options page words each problem in the UI
 * language, and `describeProblem` gives the English line for logs and errors.
 */
import type { StoreName } from './format';

export type ImportProblem =
  /** The file is not JSON at all. */
  | { code: 'not-json'; detail: string }
  /** JSON, but without `format: 'firmly-export'`. */
  | { code: 'not-an-export' }
  /** An envelope version this build cannot read. */
  | { code: 'unsupported-version'; found: string }
  /** Written by a newer database schema than this build knows. */
  | { code: 'newer-schema'; found: number; supported: number }
  /** A store or settings item is absent (or not a list/object). */
  | { code: 'missing-section'; section: string }
  /** A record fails its schema; `index` is 0-based, `field` a dotted path inside the record. */
  | {
      code: 'invalid-record';
      store: StoreName;
      index: number;
      id: string | null;
      field: string;
      detail: string;
    }
  /** Two records of one store share a primary key. */
  | { code: 'duplicate-id'; store: StoreName; index: number; id: string }
  /** Two events share an idempotency key (the database keeps it unique). */
  | { code: 'duplicate-key'; store: 'events'; index: number; id: string; key: string }
  /** A record points at a client the file does not contain. */
  | { code: 'unknown-client'; store: StoreName; index: number; id: string; clientId: string }
  /** A settings item fails its schema. */
  | { code: 'invalid-settings'; item: string; field: string; detail: string };

/** How many problems a result lists; the rest are only counted. */
export const MAX_LISTED_PROBLEMS = 20;

/** One English line per problem, naming the record and the field. */
export function describeProblem(p: ImportProblem): string {
  switch (p.code) {
    case 'not-json':
      return `The file is not valid JSON (${p.detail}).`;
    case 'not-an-export':
      return 'The file is not a Firmly export (no "format": "firmly-export").';
    case 'unsupported-version':
      return `Unsupported export version ${p.found}.`;
    case 'newer-schema':
      return `The file was made by a newer Firmly (database version ${p.found}; this one knows ${p.supported}).`;
    case 'missing-section':
      return `The file has no "${p.section}".`;
    case 'invalid-record':
      return `${recordName(p.store, p.index, p.id)}, field "${p.field || '(whole record)'}": ${p.detail}`;
    case 'duplicate-id':
      return `${recordName(p.store, p.index, p.id)} repeats an id used earlier in the file.`;
    case 'duplicate-key':
      return `${recordName(p.store, p.index, p.id)} repeats the idempotency key "${p.key}".`;
    case 'unknown-client':
      return `${recordName(p.store, p.index, p.id)} belongs to client "${p.clientId}", which is not in the file.`;
    case 'invalid-settings':
      return `Settings "${p.item}", field "${p.field || '(whole item)'}": ${p.detail}`;
  }
}

function recordName(store: StoreName, index: number, id: string | null): string {
  return `${store} record ${index + 1}${id ? ` (id ${id})` : ''}`;
}
