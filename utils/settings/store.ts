/**
 * Settings as WXT storage items, validated with zod on every read and write. A corrupt or
 * outdated field falls back to its default on its own (the other fields keep the user's values),
 * and a write changes only the fields it changes: a field that could not be read is never
 * overwritten with the default that stood in for it (issue 11, finding 13).
 */
import { storage } from '#imports';
import type { z } from 'zod';
import { defaultUiSettings, uiSettingsSchema, type UiSettings } from './schema';

type Fields = Record<string, unknown>;

const isRecord = (v: unknown): v is Fields =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The stored value read field by field: each invalid field takes its default. */
export function readFields<T>(
  schema: z.ZodType<T>,
  fallback: T,
  raw: unknown,
): { value: T; invalid: string[] } {
  const whole = schema.safeParse(raw);
  if (whole.success) return { value: whole.data, invalid: [] };
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape || !isRecord(raw) || !isRecord(fallback))
    return { value: fallback, invalid: ['(all)'] };
  const value: Fields = {};
  const invalid: string[] = [];
  for (const [field, fieldSchema] of Object.entries(shape)) {
    const parsed = fieldSchema.safeParse(raw[field]);
    if (parsed.success) value[field] = parsed.data;
    else {
      value[field] = fallback[field];
      invalid.push(field);
    }
  }
  const rebuilt = schema.safeParse(value);
  return rebuilt.success
    ? { value: rebuilt.data, invalid }
    : { value: fallback, invalid: ['(all)'] };
}

function invalidSettings(error: z.ZodError): Error {
  return new Error(
    `Invalid settings: ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
}

/** A storage item whose value always satisfies `schema`. */
export function validatedItem<T>(key: `local:${string}`, schema: z.ZodType<T>, fallback: T) {
  const item = storage.defineItem<unknown>(key, { fallback });
  const read = async () => {
    const raw = await item.getValue();
    return { raw, ...readFields(schema, fallback, raw) };
  };
  return {
    async get(): Promise<T> {
      const { value, invalid } = await read();
      if (invalid.length)
        console.warn(`[Firmly] stored settings invalid, using defaults for: ${invalid.join(', ')}`);
      return value;
    },
    /**
     * Validates, then writes only the fields that differ from what `get` returns: a stored field
     * that failed to read (and showed its default) stays as stored unless the caller changed it.
     * Throws with the reason and writes nothing when invalid.
     */
    async set(value: unknown): Promise<T> {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw invalidSettings(parsed.error);
      const { raw, value: current } = await read();
      if (!isRecord(parsed.data) || !isRecord(current) || !isRecord(raw)) {
        await item.setValue(parsed.data);
        return parsed.data;
      }
      const next: Fields = { ...raw };
      for (const [field, v] of Object.entries(parsed.data))
        if (!same(v, current[field])) next[field] = v;
      await item.setValue(next);
      return (await read()).value;
    },
    /** Changes only the fields in `patch` (validated with the rest as read). */
    async update(patch: Partial<T>): Promise<T> {
      const { value } = await read();
      return this.set({ ...value, ...patch });
    },
    /** Replaces the whole stored value (import, erase): every field is written. */
    async replace(value: unknown): Promise<T> {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw invalidSettings(parsed.error);
      await item.setValue(parsed.data);
      return parsed.data;
    },
    watch(cb: (value: T) => void): () => void {
      return item.watch((v) => cb(readFields(schema, fallback, v).value));
    },
  };
}

export const uiSettings = validatedItem<UiSettings>(
  'local:uiSettings',
  uiSettingsSchema,
  defaultUiSettings,
);
