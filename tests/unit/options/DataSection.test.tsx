// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '@/components/options/data/DataSection';
import type { Downloader } from '@/components/options/data/port';
import { readAllStores, serializeExport, INVOICE_COLUMNS } from '@/utils/data';
import { applyObservation } from '@/utils/ledger/apply-observation';
import { defaultUiSettings, uiSettingsSchema } from '@/utils/settings/schema';
import type { FirmlyDB } from '@/utils/db/database';
import { freshDb, invoiceObservation } from '../helpers';
import { memoryItem, testPort } from '../data/port';
import { button, byId, click, mount, press, settle, type } from './dom';

let db: FirmlyDB;
let ui: ReturnType<typeof memoryItem>;
let downloads: { name: string; mime: string; content: string | Blob }[];
const download: Downloader = (name, mime, content) => downloads.push({ name, mime, content });
const textOf = async (d: { content: string | Blob } | undefined) =>
  typeof d?.content === 'string' ? d.content : ((await d?.content.text()) ?? '');

/** The records of a streamed (version 2) backup, by store, in file order. */
function recordsOf(text: string): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const line of text.trim().split('\n').slice(1, -1)) {
    const { store, record } = JSON.parse(line);
    (out[store] ??= []).push(record);
  }
  return out;
}

beforeEach(async () => {
  db = freshDb();
  await applyObservation(db, invoiceObservation({ number: 'INV-1' }));
  await applyObservation(db, invoiceObservation({ number: 'INV-2', amountMinor: 4200 }));
  ui = memoryItem(uiSettingsSchema, defaultUiSettings, { ...defaultUiSettings, theme: 'dark' });
  downloads = [];
});
afterEach(() => document.body.replaceChildren());

function setup(lang: 'en' | 'he' = 'en', onChanged = vi.fn()) {
  const root = mount(
    <DataSection
      port={testPort(db, { uiSettings: ui })}
      download={download}
      onChanged={onChanged}
    />,
    lang,
  );
  return { root, onChanged };
}

/** The streamed backup takes more turns than settle() waits: wait for what the user would see. */
async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(
    async () => {
      await settle();
      if (!check()) throw new Error('not yet');
    },
    { timeout: 10_000, interval: 20 },
  );
}
const importStatus = (root: HTMLElement) =>
  root.querySelector('[aria-labelledby="import-title"] .panel-status')?.textContent ?? '';
const importDone = (root: HTMLElement) => () =>
  importStatus(root).includes('Restored.') || root.querySelector('.import-problems') !== null;
const exported = (root: HTMLElement) => () =>
  downloads.length > 0 && !!root.querySelector('.panel-status')?.textContent?.startsWith('Saved');

/** Puts a file in the file input as the browser's file picker would. */
function pickFile(root: HTMLElement, text: string | Blob, name = 'backup.json') {
  const input = byId<HTMLInputElement>(root, 'import-file');
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('DataSection: export', () => {
  it('downloads the complete backup as JSON and says what is in it', async () => {
    const { root } = setup();
    click(button(root, 'Download backup (JSON)'));
    await until(exported(root));
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file?.name).toBe('firmly-export-2026-11-23.json');
    expect(file?.mime).toBe('application/json');
    // Streamed export (issue 11, finding 9): a header line, one line per record, a trailer.
    const text = await textOf(file);
    const lines = text.trim().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'firmly-export', version: 2 });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: true, counts: { events: 2 } });
    const stores = await readAllStores(db);
    const records = recordsOf(text);
    for (const [store, rows] of Object.entries(stores))
      expect(records[store] ?? [], store).toEqual(rows);
    expect(root.querySelector('.panel-status')?.textContent).toBe(
      'Saved firmly-export-2026-11-23.json: 1 clients, 2 invoices, 2 events.',
    );
  });

  it('downloads invoices as CSV', async () => {
    const { root } = setup();
    click(button(root, 'Invoices (CSV)'));
    await settle();
    expect(downloads[0]?.name).toBe('firmly-invoices-2026-11-23.csv');
    expect(downloads[0]?.mime).toMatch(/^text\/csv/);
    const lines = (await textOf(downloads[0])).split('\r\n');
    expect(lines[0]).toBe(INVOICE_COLUMNS.join(','));
    expect(lines.filter(Boolean)).toHaveLength(3);
  });
});

describe('DataSection: import', () => {
  it('restores its own streamed backup exactly, settings included', async () => {
    const { root, onChanged } = setup();
    click(button(root, 'Download backup (JSON)'));
    await until(exported(root));
    const before = await readAllStores(db);
    await db.clients.clear();
    await db.events.clear();
    ui.value = defaultUiSettings;
    pickFile(root, downloads[0]!.content);
    await settle();
    click(button(root, 'Replace all my data with this backup'));
    await until(importDone(root));
    expect(
      root.querySelector('[aria-labelledby="import-title"] .panel-status')?.textContent,
    ).toContain('Restored.');
    expect(await readAllStores(db)).toEqual(before);
    expect(ui.value).toMatchObject({ theme: 'dark' });
    expect(onChanged).toHaveBeenCalled();
  });

  it('refuses a streamed backup with one bad event and changes nothing', async () => {
    const { root, onChanged } = setup();
    click(button(root, 'Download backup (JSON)'));
    await until(exported(root));
    const lines = (await textOf(downloads[0])).trim().split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"store":"events"'));
    const entry = JSON.parse(lines[at]!);
    entry.record.at = '2026-13-45T00:00:00.000Z';
    lines[at] = JSON.stringify(entry);
    const before = await readAllStores(db);
    pickFile(root, lines.join('\n'));
    await settle();
    click(button(root, 'Replace all my data with this backup'));
    await until(importDone(root));
    const alert = root.querySelector('.import-problems');
    expect(alert?.textContent).toContain('This file was not restored. Your data has not changed.');
    expect(alert?.textContent).toContain(`id ${entry.record.id}`);
    expect(await readAllStores(db)).toEqual(before);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('restores a backup only after the second, explicit step', async () => {
    const { root, onChanged } = setup();
    const backup = serializeExport((await testPort(db, { uiSettings: ui }).exportData()).file);
    const before = await readAllStores(db);
    await db.clients.clear();
    pickFile(root, backup);
    await settle();
    expect(root.textContent).toContain('Selected: backup.json');
    expect(await db.clients.count()).toBe(0);
    click(button(root, 'Replace all my data with this backup'));
    await until(importDone(root));
    expect(await readAllStores(db)).toEqual(before);
    expect(
      root.querySelector('[aria-labelledby="import-title"] .panel-status')?.textContent,
    ).toContain('Restored.');
    expect(onChanged).toHaveBeenCalled();
  });

  it('shows why a bad file was refused and changes nothing', async () => {
    const { root, onChanged } = setup();
    const file = (await testPort(db, { uiSettings: ui }).exportData()).file;
    const invoiceId = file.stores.invoices[0]!.id;
    (file.stores.invoices[0] as unknown as Record<string, unknown>).amountMinor = -5;
    const before = await readAllStores(db);
    pickFile(root, serializeExport(file));
    await settle();
    click(button(root, 'Replace all my data with this backup'));
    await until(importDone(root));
    const alert = root.querySelector('.import-problems');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('This file was not restored. Your data has not changed.');
    expect(alert?.textContent).toContain(
      `Invoices, record 1 (id ${invoiceId}), field “amountMinor”:`,
    );
    expect(await readAllStores(db)).toEqual(before);
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('refuses a file that is not JSON', async () => {
    const { root } = setup();
    pickFile(root, 'name,amount\nACME,12', 'clients.csv');
    await settle();
    click(button(root, 'Replace all my data with this backup'));
    await until(importDone(root));
    expect(root.querySelector('.import-problems')?.textContent).toContain(
      'The file is not valid JSON.',
    );
    expect(await db.clients.count()).toBe(1);
  });
});

describe('DataSection: erase', () => {
  it('erases only after the confirmation word is typed', async () => {
    const { root, onChanged } = setup();
    click(button(root, 'Erase all data…'));
    const word = byId<HTMLInputElement>(root, 'erase-word');
    expect(document.activeElement).toBe(word);
    const confirm = button(root, 'Erase everything');
    expect(confirm.disabled).toBe(true);
    type(word, 'eras');
    expect(confirm.disabled).toBe(true);
    type(word, ' ERASE ');
    expect(confirm.disabled).toBe(false);
    click(confirm);
    await settle();
    expect(await db.clients.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    expect(ui.value).toEqual(defaultUiSettings);
    expect(root.querySelector('.danger-zone [role="status"]')?.textContent).toBe(
      'All data and settings have been erased.',
    );
    expect(onChanged).toHaveBeenCalled();
  });

  it('can keep the settings', async () => {
    const { root } = setup();
    click(button(root, 'Erase all data…'));
    click(byId(root, 'erase-keep-settings'));
    type(byId(root, 'erase-word'), 'erase');
    click(button(root, 'Erase everything'));
    await settle();
    expect(await db.invoices.count()).toBe(0);
    expect(ui.value).toMatchObject({ theme: 'dark' });
    expect(root.textContent).toContain('Your settings were kept.');
  });

  it('Escape closes the confirmation without erasing and returns focus', async () => {
    const { root } = setup();
    click(button(root, 'Erase all data…'));
    press(byId(root, 'erase-word'), 'Escape');
    expect(root.querySelector('#erase-confirm')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Erase all data…');
    expect(await db.clients.count()).toBe(1);
  });

  it('asks for the word in the UI language (Hebrew)', async () => {
    const { root } = setup('he');
    click(button(root, 'מחיקת כל הנתונים…'));
    expect(root.querySelector('label[for="erase-word"]')?.textContent).toBe(
      'לאישור יש להקליד „מחק”',
    );
    type(byId(root, 'erase-word'), 'erase');
    expect(button(root, 'מחיקת הכול').disabled).toBe(true);
    type(byId(root, 'erase-word'), 'מחק');
    expect(button(root, 'מחיקת הכול').disabled).toBe(false);
  });

  it('offers a backup from inside the confirmation', async () => {
    const { root } = setup();
    click(button(root, 'Erase all data…'));
    click(button(root, 'Download a backup first'));
    await until(() => downloads.length > 0);
    expect(downloads[0]?.name).toBe('firmly-export-2026-11-23.json');
    expect(await db.clients.count()).toBe(1);
  });
});
