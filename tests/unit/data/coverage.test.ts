import { describe, expect, it } from 'vitest';
import { DERIVED_STORES, PRIMARY_KEY, STORE_NAMES } from '@/utils/data';
import { freshDb } from '../helpers';

describe('export format covers the database', () => {
  // A new store or a changed key in utils/db/database.ts must reach export/import too.
  it('names every table of the current schema with its primary key', () => {
    const db = freshDb();
    const tables = db.tables
      .filter((t) => !DERIVED_STORES.includes(t.name))
      .map((t) => [t.name, t.schema.primKey.keyPath])
      .sort();
    const known = STORE_NAMES.map((name) => [name, PRIMARY_KEY[name]]).sort();
    expect(known).toEqual(tables);
  });
});
