/**
 * The backup half of the data port, in its own chunk: it opens the extension's database (Dexie
 * and the restore code), which the page only needs once the user exports or restores a backup.
 */
import { backupActions } from '@/components/options/data/backup';
import { advisorSettingsSchema } from '@/utils/advisor/settings';
import { getDb } from '@/utils/db/database';
import { sendMessage } from '@/utils/messaging';
import { uiSettingsSchema } from '@/utils/settings/schema';

export const backup = backupActions(
  getDb(),
  {
    exportMeta: () => sendMessage('ui-bg:exportMeta', {}),
    dataRestored: (settings) => sendMessage('ui-bg:dataRestored', { settings }),
  },
  { uiSettings: uiSettingsSchema, advisorSettings: advisorSettingsSchema },
);
