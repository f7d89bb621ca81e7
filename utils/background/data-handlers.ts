/**
 * Handlers for the whole-data requests (export, import, erase). The database work is the pure
 * code in utils/data; this file adds the settings items and re-syncs what depends on the data.
 */
import type { z } from 'zod';
import { browser } from '#imports';
import type { FirmlyDB } from '@/utils/db/database';
import {
  buildExport,
  eraseAllData,
  replaceAllData,
  validateExport,
  parseExportText,
  type ImportProblem,
  type SettingsSchemas,
} from '@/utils/data';
import { advisorSettingsSchema, defaultAdvisorSettings } from '@/utils/advisor';
import { advisorSettings } from '@/utils/settings/advisor';
import { defaultUiSettings, uiSettingsSchema } from '@/utils/settings/schema';
import { uiSettings } from '@/utils/settings/store';
import type { Handlers } from './router';

type DataHandlerNames =
  | 'ui-bg:exportData'
  | 'ui-bg:importData'
  | 'ui-bg:exportMeta'
  | 'ui-bg:dataRestored'
  | 'ui-bg:eraseAll';

/** One settings item as export/import/erase need it. */
export interface SettingsItemAccess {
  schema: z.ZodType;
  defaults: unknown;
  get(): Promise<unknown>;
  set(value: unknown): Promise<unknown>;
}

export interface DataHandlerOptions {
  /** Settings items by export name; defaults to `uiSettings` and `advisorSettings`. */
  settings?: Record<string, SettingsItemAccess>;
  /** Runs after data was replaced or erased (follow-up alarms, badge). */
  afterChange?: () => Promise<void>;
  now?: () => Date;
}

/** The settings items a complete export carries. */
export const SETTINGS_ITEMS: Record<string, SettingsItemAccess> = {
  uiSettings: {
    schema: uiSettingsSchema,
    defaults: defaultUiSettings,
    get: () => uiSettings.get(),
    set: (v) => uiSettings.replace(v),
  },
  advisorSettings: {
    schema: advisorSettingsSchema,
    defaults: defaultAdvisorSettings,
    get: () => advisorSettings.get(),
    set: (v) => advisorSettings.replace(v),
  },
};

function extensionVersion(): string | null {
  try {
    return browser.runtime.getManifest().version ?? null;
  } catch {
    return null;
  }
}

/**
 * Export reads every store and settings item; import validates the whole file, then replaces the
 * data in one transaction and the settings; erase empties every store and, unless kept, resets
 * the settings to their defaults.
 */
export function dataHandlers(
  db: FirmlyDB,
  options: DataHandlerOptions = {},
): Pick<Handlers, DataHandlerNames> {
  const items = options.settings ?? SETTINGS_ITEMS;
  const afterChange = options.afterChange ?? (async () => {});
  const now = options.now ?? (() => new Date());
  const schemas: SettingsSchemas = Object.fromEntries(
    Object.entries(items).map(([name, item]) => [name, item.schema]),
  );
  const validateOptions = () => ({ schemaVersion: db.verno, settingsSchemas: schemas });

  return {
    'ui-bg:exportData': async () => {
      const settings: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(items)) settings[name] = await item.get();
      const file = await buildExport(db, {
        settings,
        exportedAt: now().toISOString(),
        appVersion: extensionVersion(),
      });
      // The same checks an import runs: a backup that would not restore is reported at once.
      const check = validateExport(file, validateOptions());
      return {
        file,
        selfCheck: check.ok
          ? { problems: [], total: 0 }
          : { problems: check.problems, total: check.total },
      };
    },
    'ui-bg:importData': async ({ text }) => {
      const parsed = parseExportText(text, validateOptions());
      if (!parsed.ok) return { ok: false, problems: parsed.problems, total: parsed.total };
      // Data first, in one transaction; settings were validated above, so writing them cannot
      // fail on content.
      await replaceAllData(db, parsed.value.stores);
      for (const [name, item] of Object.entries(items)) await item.set(parsed.value.settings[name]);
      await afterChange();
      return { ok: true, counts: parsed.value.counts };
    },
    'ui-bg:exportMeta': async () => {
      const settings: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(items)) settings[name] = await item.get();
      return { settings, exportedAt: now().toISOString(), appVersion: extensionVersion() };
    },
    'ui-bg:dataRestored': async ({ settings }) => {
      // The page validated them before writing any record; checked again at this boundary.
      const problems: ImportProblem[] = [];
      const valid: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(items)) {
        const parsed = item.schema.safeParse(settings[name]);
        if (parsed.success) valid[name] = parsed.data;
        else problems.push({ code: 'missing-section', section: `settings.${name}` });
      }
      if (problems.length === 0)
        for (const [name, item] of Object.entries(items)) await item.set(valid[name]);
      await afterChange();
      return problems.length === 0
        ? { ok: true as const }
        : { ok: false as const, problems, total: problems.length };
    },
    'ui-bg:eraseAll': async ({ keepSettings }) => {
      await eraseAllData(db);
      if (!keepSettings) for (const item of Object.values(items)) await item.set(item.defaults);
      await afterChange();
      return { erased: true, settingsReset: !keepSettings };
    },
  };
}
