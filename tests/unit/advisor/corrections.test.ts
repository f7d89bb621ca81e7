/**
 * Learning from the user: a reason set by hand is kept (hashed features only) and steers later
 * replies with the same wording or from the same client; it is erased, exported and imported with
 * the rest of the data; the v5 store arrives by upgrade without touching older data.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyReply } from '@/utils/advisor';
import { overlap } from '@/utils/advisor/model/corrections';
import { buildExport, eraseAllData, readAllStores, replaceAllData } from '@/utils/data';
import { FirmlyDB, SCHEMA_V3 } from '@/utils/db/database';
import {
  correctionMemory,
  rememberConfirmedReason,
  rememberCorrection,
} from '@/utils/ledger/reply-corrections';
import { freshDb } from '../helpers';

const NOW = new Date(2026, 10, 23, 12);
const AT = '2026-11-23T12:00:00.000Z';
/** A reply the shipped classifier cannot place (not in any corpus). */
const ODD = 'The thing with the blue folder is still where Kasia left it, sort it out first.';

describe('corrections', () => {
  it('keeps the features and the chosen reason, not the text', async () => {
    const db = freshDb();
    await rememberCorrection(db, { clientId: 'c1', text: ODD, reason: 'quality_dispute', at: AT });
    const [kept] = await db.replyCorrections.toArray();
    expect(kept?.reason).toBe('quality_dispute');
    expect(kept?.features.length).toBeGreaterThan(10);
    expect(JSON.stringify(kept)).not.toContain('folder');
  });

  it('steers a later reply with the same wording, and a same-client reply', async () => {
    const db = freshDb();
    expect(classifyReply(ODD, NOW).reason).not.toBe('quality_dispute');
    await rememberCorrection(db, { clientId: 'c1', text: ODD, reason: 'quality_dispute', at: AT });
    const memory = await correctionMemory(db, null);
    const again = ODD.replace('Kasia', 'Tomek');
    expect(classifyReply(again, NOW, memory).reason).toBe('quality_dispute');
    // Unrelated wording from another client is not affected.
    const other = 'Paid yesterday, reference 4411.';
    expect(classifyReply(other, NOW, memory).reason).toBe('already_paid');
  });

  it('learns from a reason confirmed in the popup against the client latest reply', async () => {
    const db = freshDb();
    await db.events.add({
      id: 'e1',
      clientId: 'c9',
      invoiceId: null,
      at: AT,
      type: 'reply_received',
      data: { type: 'reply_received', excerpt: ODD },
      source: { kind: 'manual', url: null, messageId: null },
      idempotencyKey: 'k1',
    } as never);
    await rememberConfirmedReason(db, 'c9', 'invoice_error', AT);
    expect((await db.replyCorrections.toArray()).map((c) => [c.clientId, c.reason])).toEqual([
      ['c9', 'invoice_error'],
    ]);
  });

  it('is erased, exported and imported with the rest of the data', async () => {
    const db = freshDb();
    await rememberCorrection(db, { clientId: null, text: ODD, reason: 'cash_flow', at: AT });
    const file = await buildExport(db, { settings: {}, exportedAt: AT });
    expect(file.stores.replyCorrections).toHaveLength(1);
    await eraseAllData(db);
    expect(await db.replyCorrections.count()).toBe(0);
    await replaceAllData(db, file.stores);
    expect((await readAllStores(db)).replyCorrections).toEqual(file.stores.replyCorrections);
  });

  it('measures same wording by shared buckets', () => {
    expect(overlap([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
    expect(overlap([1, 2], [3, 4])).toBe(0);
    expect(overlap([1, 2, 3], [2, 3, 4])).toBe(0.5);
  });
});

describe('Dexie upgrade v3 → v5', () => {
  it('adds the empty replyCorrections store and keeps older data', async () => {
    const name = `firmly-upgrade-v5-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('clients').add({
      id: 'c1',
      name: 'ACME',
      emails: ['ap@acme.example'],
      domain: 'acme.example',
      language: 'en',
      defaultCurrency: 'USD',
      notes: '',
      ignored: false,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    v3.close();
    const db = new FirmlyDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect((await db.clients.get('c1'))?.name).toBe('ACME');
    expect(await db.replyCorrections.count()).toBe(0);
    await rememberCorrection(db, { clientId: 'c1', text: ODD, reason: 'forgot', at: AT });
    expect(await db.replyCorrections.where('clientId').equals('c1').count()).toBe(1);
    db.close();
  });
});
