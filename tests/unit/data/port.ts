/**
 * A DataPort that validates each request with its protocol schema (as the background router
 * does) and runs the real data handlers, and the page's streamed backup, on a test database.
 */
import { dataHandlers, type SettingsItemAccess } from '@/utils/background/data-handlers';
import type { DataPort } from '@/components/options/data/port';
import { backupActions } from '@/components/options/data/backup';
import type { FirmlyDB } from '@/utils/db/database';
import { dataRequests, type ImportResponse } from '@/utils/protocol/data';

const sender = { id: 'test', url: 'chrome-extension://test/options.html' };

export function testPort(
  db: FirmlyDB,
  settings: Record<string, SettingsItemAccess>,
  afterChange = async () => {},
): DataPort & { importData(text: string): Promise<ImportResponse> } {
  const h = dataHandlers(db, {
    settings,
    afterChange,
    now: () => new Date('2026-11-23T10:00:00.000Z'),
  });
  return {
    exportData: () => h['ui-bg:exportData'](dataRequests['ui-bg:exportData'].parse({}), sender),
    // The one-message import the background still answers (version 1 files).
    importData: (text) =>
      h['ui-bg:importData'](dataRequests['ui-bg:importData'].parse({ text }), sender),
    ...backupActions(
      db,
      {
        exportMeta: () => h['ui-bg:exportMeta'](dataRequests['ui-bg:exportMeta'].parse({}), sender),
        dataRestored: (s) =>
          h['ui-bg:dataRestored'](
            dataRequests['ui-bg:dataRestored'].parse({ settings: s }),
            sender,
          ),
      },
      Object.fromEntries(Object.entries(settings).map(([name, item]) => [name, item.schema])),
    ),
    eraseAll: (keepSettings) =>
      h['ui-bg:eraseAll'](
        dataRequests['ui-bg:eraseAll'].parse({ confirm: true, keepSettings }),
        sender,
      ),
  };
}

/** A settings item kept in memory, validated like the real ones. */
export function memoryItem<T>(
  schema: SettingsItemAccess['schema'],
  defaults: T,
  initial: unknown = defaults,
): SettingsItemAccess & { value: unknown } {
  const item = {
    schema,
    defaults,
    value: initial,
    async get() {
      return item.value;
    },
    async set(v: unknown) {
      item.value = schema.parse(v);
      return item.value;
    },
  };
  return item;
}
