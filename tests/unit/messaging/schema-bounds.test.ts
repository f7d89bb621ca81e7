// Issue 11, finding 10: every string, array and number in every request schema (utils/protocol)
// and every stored-record schema (utils/db/records.ts) has an upper bound, so no message or
// import can carry a 5 MB id, 20,000 instalments or an amount past 2^53.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { requestSchemas } from '@/utils/protocol';
import * as records from '@/utils/db/records';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of strings, arrays and numbers with no upper bound inside `schema`. */
function unbounded(schema: z.ZodType, path: string, out: string[]): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      if ((schema as z.ZodString).maxLength === null) out.push(`${path}: string`);
      break;
    case 'number': {
      const max = (schema as z.ZodNumber).maxValue;
      const min = (schema as z.ZodNumber).minValue;
      if (
        max === null ||
        min === null ||
        max >= Number.MAX_SAFE_INTEGER ||
        min <= Number.MIN_SAFE_INTEGER
      )
        out.push(`${path}: number`);
      break;
    }
    case 'array':
      if (!def.checks?.some((c) => c._zod.def.check === 'max_length')) out.push(`${path}: array`);
      if (def.element) unbounded(def.element, `${path}[]`, out);
      break;
    case 'object':
      for (const [k, v] of Object.entries(def.shape ?? {})) unbounded(v, `${path}.${k}`, out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      if (def.innerType) unbounded(def.innerType, path, out);
      break;
    case 'union':
      (def.options ?? []).forEach((o, i) => unbounded(o, `${path}|${i}`, out));
      break;
    case 'record':
      if (def.keyType) unbounded(def.keyType, `${path}{key}`, out);
      if (def.valueType) unbounded(def.valueType, `${path}{}`, out);
      break;
    case 'pipe':
      if (def.in) unbounded(def.in, path, out);
      break;
    default:
      break; // literals, enums, booleans: bounded by construction
  }
  return out;
}

describe('every schema is bounded', () => {
  it.each(Object.keys(requestSchemas))('%s bounds every string, array and number', (name) => {
    const schema = requestSchemas[name as keyof typeof requestSchemas] as z.ZodType;
    expect(unbounded(schema, name, [])).toEqual([]);
  });

  it.each(['clientRecord', 'invoiceRecord', 'eventRecord', 'followupRecord', 'summaryRecord'])(
    '%s bounds every string, array and number (except exact sums)',
    (name) => {
      const schema = (records as unknown as Record<string, z.ZodType>)[name] as z.ZodType;
      // Balances and credits are sums, bounded by exactness (minorSum) rather than by a size.
      const found = unbounded(schema, name, []).filter(
        (p) => !/^summaryRecord\.(balances|credits)\{\}: number$/.test(p),
      );
      expect(found).toEqual([]);
    },
  );
});
