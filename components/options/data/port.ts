/** What the data section needs: the background's messages, and the streamed backup. */
import type { DataResponses, ImportResponse, ProblemReport } from '@/utils/protocol/data';
import type { StoreCounts } from '@/utils/data';

/** A backup file made in the page straight from IndexedDB (see backup.ts). */
export interface BackupFile {
  blob: Blob;
  exportedAt: string;
  counts: StoreCounts;
  /** Whether this very file would import again (it should; if not, why). */
  selfCheck: ProblemReport;
}

export interface DataPort {
  /** Every store in one message: what the CSV downloads read. */
  exportData(): Promise<DataResponses['ui-bg:exportData']>;
  /** The complete JSON backup, streamed from IndexedDB in batches. */
  exportBackup(): Promise<BackupFile>;
  /** Restores a backup file (any size) into IndexedDB, or changes nothing. */
  importBackup(file: Blob): Promise<ImportResponse>;
  eraseAll(keepSettings: boolean): Promise<DataResponses['ui-bg:eraseAll']>;
}

/** Saves a file the user asked for (see download.ts). */
export type Downloader = (fileName: string, mimeType: string, content: string | Blob) => void;
