/**
 * Settings as WXT storage items, validated with zod on every read and write: a corrupt or
 * outdated value falls back to defaults field by field instead of breaking the extension.
 */
import { storage } from '#imports';
import type { z } from 'zod';
import { defaultUiSettings, uiSettingsSchema, type UiSettings } from './schema';

/** A storage item whose value always satisfies `schema`. */
export function validatedItem<T>(key: `local:${string}`, schema: z.ZodType<T>, fallback: T) {
  const item = storage.defineItem<unknown>(key, { fallback });
  return {
    async get(): Promise<T> {
      const parsed = schema.safeParse(await item.getValue());
      if (parsed.success) return parsed.data;
      console.warn(
        '[Firmly] stored settings invalid, using defaults:',
        parsed.error.issues[0]?.message,
      );
      return fallback;
    },
    /** Validates before writing; throws with the reason and writes nothing when invalid. */
    async set(value: unknown): Promise<T> {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        throw new Error(
          `Invalid settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      await item.setValue(parsed.data);
      return parsed.data;
    },
    watch(cb: (value: T) => void): () => void {
      return item.watch((v) => {
        const parsed = schema.safeParse(v);
        cb(parsed.success ? parsed.data : fallback);
      });
    },
  };
}

export const uiSettings = validatedItem<UiSettings>(
  'local:uiSettings',
  uiSettingsSchema,
  defaultUiSettings,
);
