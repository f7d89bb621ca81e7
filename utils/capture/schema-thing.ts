/**
 * A schema.org item as plain data, whatever markup it came from (JSON-LD, microdata, RDFa): its
 * types and its property values. The three readers build these; one mapper reads an `Invoice`.
 */

/** A property value: text, a JSON number/boolean, or a nested item. */
export type SchemaValue = string | number | boolean | SchemaThing;

export interface SchemaThing {
  /** Short type names ("Invoice", "Person"), without the schema.org prefix. */
  types: string[];
  /** Property name (short) → its values, in document order. */
  props: Record<string, SchemaValue[]>;
}

/** Where an item was read from. */
export type SchemaFormat = 'json-ld' | 'microdata' | 'rdfa';

const SCHEMA_PREFIX = /^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i;

/** "https://schema.org/Invoice", "schema:Invoice", "Invoice" → "Invoice". */
export function shortName(name: string): string {
  return name.trim().replace(SCHEMA_PREFIX, '');
}

/** True when `value` is a nested item rather than a literal. */
export function isThing(value: SchemaValue | undefined): value is SchemaThing {
  return typeof value === 'object' && value !== null;
}

/** The item's values of the first of `names` it has. */
export function valuesOf(thing: SchemaThing, names: readonly string[]): SchemaValue[] {
  for (const name of names) {
    const values = thing.props[name];
    if (values && values.length > 0) return values;
  }
  return [];
}

/** The first literal (text or number) among `names`, trimmed; null when there is none. */
export function textOf(thing: SchemaThing, names: readonly string[]): string | null {
  for (const value of valuesOf(thing, names)) {
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return null;
}

/** The first nested item among `names`. */
export function thingOf(thing: SchemaThing, names: readonly string[]): SchemaThing | null {
  return valuesOf(thing, names).find(isThing) ?? null;
}

/** Depth-first search for an item of `type`, the item itself included (bounded depth). */
export function findThing(
  roots: readonly SchemaThing[],
  type: string,
  maxDepth = 6,
): SchemaThing | null {
  const visit = (thing: SchemaThing, depth: number): SchemaThing | null => {
    if (thing.types.includes(type)) return thing;
    if (depth >= maxDepth) return null;
    for (const values of Object.values(thing.props)) {
      for (const value of values) {
        if (!isThing(value)) continue;
        const found = visit(value, depth + 1);
        if (found) return found;
      }
    }
    return null;
  };
  for (const root of roots) {
    const found = visit(root, 0);
    if (found) return found;
  }
  return null;
}
