/** Zod issues grouped by the form field they are about, so each can be shown next to its field. */
import type { z } from 'zod';

export interface FieldIssue {
  /** Path below the field, e.g. [2] for the third e-mail address. */
  rest: PropertyKey[];
  code: string;
  message: string;
}

/**
 * The first issue of each field. `prefix` is dropped from the paths first (e.g. ['data'] for
 * `ui-bg:recordEvent`, whose fields live under `data`).
 */
export function issuesByField(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): Map<string, FieldIssue> {
  const out = new Map<string, FieldIssue>();
  for (const issue of error.issues) {
    const path = issue.path.slice();
    if (prefix.every((p, i) => path[i] === p)) path.splice(0, prefix.length);
    const [field, ...rest] = path;
    const key = field === undefined ? '' : String(field);
    if (!out.has(key)) out.set(key, { rest, code: issue.code, message: issue.message });
  }
  return out;
}
