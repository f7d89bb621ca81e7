/**
 * The browser refused to store more (IndexedDB quota). Every write runs in a transaction, so a
 * refused write leaves the database as it was: nothing already recorded is lost. The user is told
 * what happened and what to do, instead of a bare "QuotaExceededError".
 */

export const QUOTA_MESSAGE =
  'Firmly could not save this because the browser has run out of storage space for it. Nothing ' +
  'was changed and nothing already recorded was lost. Free some disk space (or export a backup ' +
  'and erase old data in Options → Your data), then try again.';

/** True for a quota error, as thrown by IndexedDB or wrapped by Dexie (`inner`, abort reasons). */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1))) return true;
  return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}

/** An error the user can act on, keeping the original as `cause`. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(cause: unknown) {
    super(QUOTA_MESSAGE, { cause });
  }
}
