import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { FirmlyDB, SCHEMA_V4, SCHEMA_V5 } from '@/utils/db/database';
import { createClient, updateClient } from '@/utils/db/repository';
import { clientSearchTokens, searchPrefix, searchWords } from '@/utils/ledger/search-tokens';
import { searchClients } from '@/utils/ledger/client-search';
import { buildExport, replaceAllData } from '@/utils/data';
import { freshDb } from '../helpers';

const TODAY = '2026-06-15';
let dbs: FirmlyDB[] = [];
afterEach(() => {
  dbs.forEach((db) => db.close());
  dbs = [];
});
const open = (db = freshDb()) => {
  dbs.push(db);
  return db;
};

/** The raw stored tokens of a client, as the index sees them (reads through Dexie drop them). */
async function storedTokens(db: FirmlyDB, id: string): Promise<string[] | undefined> {
  const raw = await db.transaction('r', db.clients, async (tx) => {
    const idb = (tx as unknown as { idbtrans: IDBTransaction }).idbtrans;
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const req = idb.objectStore('clients').get(id);
      req.onsuccess = () => resolve(req.result as Record<string, unknown>);
      req.onerror = () => reject(req.error);
    });
  });
  return raw.searchTokens as string[] | undefined;
}

describe('search tokens', () => {
  it('folds case, diacritics and letters that do not decompose', () => {
    expect(searchWords('Łódź Sp. z o.o.')).toEqual(['lodz', 'sp', 'z', 'o', 'o']);
    expect(searchWords('Straße Ærø Ğİ')).toEqual(['strasse', 'aero', 'gi']);
    expect(searchWords('ЁЖИК Йошкар')).toEqual(['ежик', 'иошкар']);
    // Niqqud is dropped and final forms fold to the medial letter.
    expect(searchWords('שָׁלוֹם בע"מ')).toEqual(['שלומ', 'בע', 'מ']);
    expect(searchPrefix('  Harbor &  FINCH ')).toBe('harbor finch');
    expect(searchPrefix('&&')).toBe('');
  });

  it('starts one token at each word, running to the end of the name', () => {
    expect(clientSearchTokens('Harbor & Finch Inc.')).toEqual([
      'harbor finch inc',
      'finch inc',
      'inc',
    ]);
    expect(clientSearchTokens('')).toEqual([]);
  });
});

describe('client search through the token index', () => {
  it('finds any word prefix, folded, in Latin, Cyrillic and Hebrew names', async () => {
    const db = open();
    await createClient(db, { name: 'Harbor & Finch Inc.', emails: ['ap@harbor.example'] });
    await createClient(db, { name: 'Łódź Sp. z o.o.', emails: ['biuro@lodz.example'] });
    await createClient(db, { name: 'ООО «Ромашка»', emails: [] });
    await createClient(db, { name: 'שלום ובניו בע"מ', emails: [] });
    await createClient(db, { name: 'Finchley Studio', emails: [] });
    const names = async (q: string) =>
      (await searchClients(db, q, TODAY, 10)).map((r) => r.client.name).sort();
    expect(await names('finch')).toEqual(['Finchley Studio', 'Harbor & Finch Inc.']);
    expect(await names('Finch I')).toEqual(['Harbor & Finch Inc.']);
    expect(await names('harbor & fi')).toEqual(['Harbor & Finch Inc.']);
    expect(await names('lodz')).toEqual(['Łódź Sp. z o.o.']);
    expect(await names('ŁÓDŹ')).toEqual(['Łódź Sp. z o.o.']);
    expect(await names('ромаш')).toEqual(['ООО «Ромашка»']);
    expect(await names('РОМАШКА')).toEqual(['ООО «Ромашка»']);
    expect(await names('שלום')).toEqual(['שלום ובניו בע"מ']);
    expect(await names('ובני')).toEqual(['שלום ובניו בע"מ']);
    expect(await names('biuro@')).toEqual(['Łódź Sp. z o.o.']);
  });

  it('answers a word prefix from the index without scanning the clients', async () => {
    const db = open();
    for (let i = 0; i < 60; i += 1)
      await createClient(db, { name: `Client ${i} Studio`, emails: [] });
    await createClient(db, { name: 'Harbor & Finch Inc.', emails: [] });
    let read = 0;
    db.clients.hook('reading', (c) => {
      read += 1;
      return c;
    });
    const rows = await searchClients(db, 'finch', TODAY, 10);
    expect(rows.map((r) => r.client.name)).toEqual(['Harbor & Finch Inc.']);
    // One record read (the match itself); a scan would read all 61.
    expect(read).toBe(1);
  });

  it('keeps the tokens current on create, rename and restore, and keeps them out of exports', async () => {
    const db = open();
    const c = await createClient(db, { name: 'Old Name', emails: [] });
    expect(await storedTokens(db, c.id)).toEqual(['old name', 'name']);
    await updateClient(db, c.id, { name: 'Nowa Łąka' });
    expect(await storedTokens(db, c.id)).toEqual(['nowa laka', 'laka']);
    expect((await searchClients(db, 'old', TODAY, 10)).length).toBe(0);
    expect((await searchClients(db, 'laka', TODAY, 10)).length).toBe(1);
    // Reads and exports never show the derived field.
    expect(await db.clients.get(c.id)).not.toHaveProperty('searchTokens');
    const file = await buildExport(db, { settings: {}, exportedAt: '2026-06-15T00:00:00.000Z' });
    expect(file.stores.clients[0]).not.toHaveProperty('searchTokens');
    // A restored client (bulkAdd of records without tokens) is searchable at once.
    const other = open();
    await replaceAllData(other, file.stores);
    expect(await storedTokens(other, c.id)).toEqual(['nowa laka', 'laka']);
    expect((await searchClients(other, 'nowa', TODAY, 10)).map((r) => r.client.id)).toEqual([c.id]);
  });
});

describe('Dexie upgrade v5 → v7', () => {
  it('gives the clients of v5 data their search tokens and keeps every record', async () => {
    const name = `firmly-upgrade-v7-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores({ ...SCHEMA_V4, ...SCHEMA_V5 });
    const client = (id: string, clientName: string) => ({
      id,
      name: clientName,
      emails: [],
      domain: '',
      language: null,
      defaultCurrency: null,
      notes: '',
      ignored: false,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const before = [client('c1', 'Harbor & Finch Inc.'), client('c2', 'Łódź Sp. z o.o.')];
    await v5.table('clients').bulkAdd(before);
    v5.close();

    const db = open(new FirmlyDB(name));
    await db.open();
    expect(db.verno).toBe(7);
    expect(await db.clients.orderBy('id').toArray()).toEqual(before);
    expect(await storedTokens(db, 'c1')).toEqual(['harbor finch inc', 'finch inc', 'inc']);
    expect((await searchClients(db, 'lodz', TODAY, 10)).map((r) => r.client.id)).toEqual(['c2']);
  });
});
