/**
 * Requests about the user's data as a whole, from the options page: export everything, restore
 * an export, erase everything. Settings themselves are read and written by the page directly
 * (WXT storage items validated by zod); these requests carry them only inside an export.
 */
import { z } from 'zod';
import type { FirmlyExport, ImportProblem, StoreCounts } from '@/utils/data';

/** Chrome's message size limit is 64 MiB; a file near it cannot cross to the background anyway. */
const MAX_IMPORT_CHARS = 60 * 1024 * 1024;

export const dataRequests = {
  /** The complete export file (every store + settings). */
  'ui-bg:exportData': z.object({}),
  /** Replaces ALL data with the export in `text` (the file as read), or changes nothing. */
  'ui-bg:importData': z.object({
    text: z.string().min(1, 'the file is empty').max(MAX_IMPORT_CHARS, 'the file is too large'),
  }),
  /**
   * The settings and version an export file carries: the options page streams the records
   * itself, straight from IndexedDB (issue 11, finding 9).
   */
  'ui-bg:exportMeta': z.object({}),
  /**
   * The options page replaced the records itself (streamed import): store the file's settings
   * (validated again here) and rebuild what the background derives (follow-up alarms, badge).
   */
  'ui-bg:dataRestored': z.object({
    settings: z.record(z.string().max(100), z.unknown()),
  }),
  /** Erases every record; `confirm` must be literally true so no stray message erases anything. */
  'ui-bg:eraseAll': z.object({
    confirm: z.literal(true, 'erasing needs confirm: true'),
    /** Keep the business profile, templates and other settings. */
    keepSettings: z.boolean().default(false),
  }),
} as const;

/** Result of validating a file: the first problems and how many there are in all. */
export interface ProblemReport {
  problems: ImportProblem[];
  total: number;
}

/** Either the counts restored, or why nothing was. */
export type ImportResponse = { ok: true; counts: StoreCounts } | ({ ok: false } & ProblemReport);

export interface DataResponses {
  /** `selfCheck` says whether this very file would import again (it should; if not, why). */
  'ui-bg:exportData': { file: FirmlyExport; selfCheck: ProblemReport };
  'ui-bg:importData': ImportResponse;
  'ui-bg:exportMeta': {
    settings: Record<string, unknown>;
    exportedAt: string;
    appVersion: string | null;
  };
  'ui-bg:dataRestored': { ok: true } | ({ ok: false } & ProblemReport);
  'ui-bg:eraseAll': { erased: true; settingsReset: boolean };
}
