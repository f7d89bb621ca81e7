/**
 * schema.org items from JSON-LD `<script type="application/ld+json">` blocks. A block may hold
 * one item, an array, or an `@graph`; a broken block is skipped, never thrown.
 */
import { shortName, type SchemaThing, type SchemaValue } from './schema-thing';

/** Deeper nesting than this is not invoice data; it also keeps recursion bounded. */
const MAX_DEPTH = 12;
/** Larger blocks are not worth parsing on a page the user is looking at. */
const MAX_BLOCK_CHARS = 500_000;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toValues(value: Json, depth: number): SchemaValue[] {
  if (value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => toValues(v, depth));
  if (!isObject(value)) return [value];
  // {"@value": "12.00"} is a literal with a language or datatype.
  const literal = value['@value'];
  if (literal !== undefined)
    return typeof literal === 'object' ? [] : literal === null ? [] : [literal];
  if (depth >= MAX_DEPTH) return [];
  return [toThing(value, depth + 1)];
}

function toThing(node: { [key: string]: Json }, depth: number): SchemaThing {
  const rawType = node['@type'];
  const types = (Array.isArray(rawType) ? rawType : [rawType])
    .filter((t): t is string => typeof t === 'string')
    .map(shortName);
  const props: Record<string, SchemaValue[]> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    const values = toValues(value, depth);
    if (values.length > 0) props[shortName(key)] = [...(props[shortName(key)] ?? []), ...values];
  }
  return { types, props };
}

function rootsOf(data: Json): SchemaThing[] {
  if (Array.isArray(data)) return data.flatMap(rootsOf);
  if (!isObject(data)) return [];
  const graph = data['@graph'];
  const roots = Array.isArray(graph) ? graph.flatMap(rootsOf) : [];
  return data['@type'] !== undefined ? [toThing(data, 0), ...roots] : roots;
}

/** Every top-level item of every JSON-LD block under `root`. */
export function readJsonLd(root: ParentNode): SchemaThing[] {
  const things: SchemaThing[] = [];
  for (const script of Array.from(root.querySelectorAll('script[type="application/ld+json" i]'))) {
    const text = script.textContent ?? '';
    if (!text.trim() || text.length > MAX_BLOCK_CHARS) continue;
    try {
      things.push(...rootsOf(JSON.parse(text) as Json));
    } catch {
      // Pages ship broken JSON-LD often enough; the other blocks still count.
    }
  }
  return things;
}
