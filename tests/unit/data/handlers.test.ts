import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_FORMAT, EXPORT_VERSION, readAllStores, serializeExport } from '@/utils/data';
import { dataHandlers } from '@/utils/background/data-handlers';
import { dataRequests } from '@/utils/protocol/data';
import { defaultUiSettings, uiSettingsSchema } from '@/utils/settings/schema';
import { uiSettings } from '@/utils/settings/store';
import { applyObservation } from '@/utils/ledger/apply-observation';
import { appendEvent } from '@/utils/db/repository';
import type { FirmlyDB } from '@/utils/db/database';
import { readTotals } from '@/utils/db/totals';
import { freshDb, invoiceObservation } from '../helpers';
import { memoryItem, testPort } from './port';

async function populated(): Promise<FirmlyDB> {
  const db = freshDb();
  await applyObservation(db, invoiceObservation({ number: 'INV-1' }));
  await applyObservation(db, invoiceObservation({ number: 'INV-2', amountMinor: 99_00 }));
  const client = (await db.clients.toArray())[0]!;
  await appendEvent(db, {
    clientId: client.id,
    invoiceId: null,
    at: '2026-11-02T09:00:00.000Z',
    data: {
      type: 'payment_received',
      invoiceId: null,
      amountMinor: 500_00,
      currency: 'USD',
      reference: 'wire 7',
    },
    source: { kind: 'manual', url: null, messageId: null },
    idempotencyKey: 'pay-1',
  });
  await db.followups.add({
    id: 'f1',
    clientId: client.id,
    invoiceId: null,
    dueAt: '2026-12-01T09:00:00.000Z',
    note: 'call',
    status: 'pending',
    firedAt: null,
    createdAt: '2026-11-02T09:00:00.000Z',
  });
  return db;
}

const extraSchema = uiSettingsSchema.pick({ theme: true });

describe('data handlers', () => {
  let db: FirmlyDB;
  let ui: ReturnType<typeof memoryItem>;
  let extra: ReturnType<typeof memoryItem>;
  beforeEach(async () => {
    db = await populated();
    ui = memoryItem(uiSettingsSchema, defaultUiSettings, {
      ...defaultUiSettings,
      uiLanguage: 'pl',
      ownEmails: ['me@x.example'],
    });
    extra = memoryItem(extraSchema, { theme: 'auto' }, { theme: 'dark' });
  });

  it('exports every store, every settings item and the versions', async () => {
    const { file, selfCheck } = await testPort(db, { uiSettings: ui, extra }).exportData();
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(EXPORT_VERSION);
    expect(file.schemaVersion).toBe(db.verno);
    expect(file.exportedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(file.stores).toEqual(await readAllStores(db));
    expect(file.stores.events).toHaveLength(3);
    expect(file.stores.followups).toHaveLength(1);
    expect(file.settings).toEqual({ uiSettings: ui.value, extra: { theme: 'dark' } });
    expect(selfCheck).toEqual({ problems: [], total: 0 });
  });

  it('export → erase → import gives back identical data and settings', async () => {
    const after = vi.fn(async () => {});
    const port = testPort(db, { uiSettings: ui, extra }, after);
    const before = await readAllStores(db);
    const totalsBefore = await readTotals(db, '2026-11-23');
    expect(totalsBefore).not.toEqual([]);
    const settingsBefore = { ui: ui.value, extra: extra.value };
    const text = serializeExport((await port.exportData()).file);

    expect(await port.eraseAll(false)).toEqual({ erased: true, settingsReset: true });
    expect(await readAllStores(db)).toEqual({
      clients: [],
      invoices: [],
      events: [],
      followups: [],
      summaries: [],
      replyCorrections: [],
    });
    expect(ui.value).toEqual(defaultUiSettings);

    const res = await port.importData(text);
    expect(res).toEqual({
      ok: true,
      counts: {
        clients: 1,
        invoices: 2,
        events: 3,
        followups: 1,
        summaries: 1,
        replyCorrections: 0,
      },
    });
    expect(await readAllStores(db)).toEqual(before);
    // The derived totals cache is not in the file; it is rebuilt from the restored summaries.
    expect(await readTotals(db, '2026-11-23')).toEqual(totalsBefore);
    expect({ ui: ui.value, extra: extra.value }).toEqual(settingsBefore);
    expect(after).toHaveBeenCalledTimes(2);
  });

  it('a bad file changes neither data nor settings, and says which record and field', async () => {
    const port = testPort(db, { uiSettings: ui, extra });
    const file = (await port.exportData()).file;
    const good = serializeExport(file);
    const before = await readAllStores(db);
    const settingsBefore = structuredClone(ui.value);
    await port.eraseAll(true);
    await port.importData(good);

    const broken = structuredClone(file);
    (broken.stores.invoices[1] as unknown as Record<string, unknown>).currency = 'dollars';
    broken.settings.uiSettings = { ...defaultUiSettings, uiLanguage: 'ja' };
    const res = await port.importData(serializeExport(broken));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.problems).toEqual([
        expect.objectContaining({
          code: 'invalid-record',
          store: 'invoices',
          index: 1,
          id: broken.stores.invoices[1]!.id,
          field: 'currency',
        }),
        expect.objectContaining({
          code: 'invalid-settings',
          item: 'uiSettings',
          field: 'uiLanguage',
        }),
      ]);
    }
    expect(await readAllStores(db)).toEqual(before);
    expect(ui.value).toEqual(settingsBefore);
  });

  it('keeps settings on request when erasing', async () => {
    const port = testPort(db, { uiSettings: ui });
    const kept = structuredClone(ui.value);
    expect(await port.eraseAll(true)).toEqual({ erased: true, settingsReset: false });
    expect(await db.clients.count()).toBe(0);
    expect(ui.value).toEqual(kept);
  });

  it('the erase request needs an explicit confirmation', () => {
    expect(dataRequests['ui-bg:eraseAll'].safeParse({}).success).toBe(false);
    expect(dataRequests['ui-bg:eraseAll'].safeParse({ confirm: 'yes' }).success).toBe(false);
    expect(dataRequests['ui-bg:eraseAll'].parse({ confirm: true })).toEqual({
      confirm: true,
      keepSettings: false,
    });
  });

  it('reads and writes the real storage items by default', async () => {
    fakeBrowser.reset();
    await uiSettings.set({ ...defaultUiSettings, theme: 'dark' });
    const h = dataHandlers(db);
    const sender = { id: 'x' };
    const { file } = await h['ui-bg:exportData']({}, sender);
    expect(file.settings.uiSettings).toMatchObject({ theme: 'dark' });
    expect(Object.keys(file.settings).sort()).toEqual(['advisorSettings', 'uiSettings']);
    await h['ui-bg:eraseAll']({ confirm: true, keepSettings: false }, sender);
    expect((await uiSettings.get()).theme).toBe('auto');
    const res = await h['ui-bg:importData']({ text: serializeExport(file) }, sender);
    expect(res.ok).toBe(true);
    expect((await uiSettings.get()).theme).toBe('dark');
  });
});
