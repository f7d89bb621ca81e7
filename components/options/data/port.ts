/** What the data section needs from the background; the page wires it to sendMessage. */
import type { DataResponses, ImportResponse } from '@/utils/protocol/data';

export interface DataPort {
  exportData(): Promise<DataResponses['ui-bg:exportData']>;
  importData(text: string): Promise<ImportResponse>;
  eraseAll(keepSettings: boolean): Promise<DataResponses['ui-bg:eraseAll']>;
}

/** Saves a file the user asked for (see download.ts). */
export type Downloader = (fileName: string, mimeType: string, text: string) => void;
