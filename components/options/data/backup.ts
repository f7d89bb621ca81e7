/**
 * The JSON backup made and restored in the options page itself (issue 11, finding 9): the page
 * reads and writes IndexedDB directly in batches, so no file ever has to fit in one runtime
 * message. The background only supplies the settings and, after a restore, stores them and
 * rebuilds what it derives (follow-up alarms, badge).
 */
import type { FirmlyDB } from '@/utils/db/database';
import { importBackup, streamExport, type SettingsSchemas } from '@/utils/data';
import type { DataResponses } from '@/utils/protocol/data';
import type { DataPort } from './port';

export interface BackupBackground {
  exportMeta(): Promise<DataResponses['ui-bg:exportMeta']>;
  dataRestored(settings: Record<string, unknown>): Promise<DataResponses['ui-bg:dataRestored']>;
}

export function backupActions(
  db: FirmlyDB,
  bg: BackupBackground,
  settingsSchemas: SettingsSchemas,
): Pick<DataPort, 'exportBackup' | 'importBackup'> {
  return {
    async exportBackup() {
      const meta = await bg.exportMeta();
      const file = await streamExport(db, meta);
      return {
        blob: new Blob(file.parts, { type: 'application/json' }),
        exportedAt: file.exportedAt,
        counts: file.counts,
        selfCheck: file.selfCheck,
      };
    },
    async importBackup(blob) {
      const result = await importBackup(db, blob, {
        schemaVersion: db.verno,
        settingsSchemas,
      });
      if (!result.ok) return result;
      const saved = await bg.dataRestored(result.settings);
      if (!saved.ok) return saved;
      return { ok: true, counts: result.counts };
    },
  };
}
