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
let downloads: { name: string; mime: string; text: string }[];
const download: Downloader = (name, mime, text) => downloads.push({ name, mime, text });

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

/** Puts a file in the file input as the browser's file picker would. */
function pickFile(root: HTMLElement, text: string, name = 'backup.json') {
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
    await settle();
    expect(downloads).toHaveLength(1);
    const [file] = downloads;
    expect(file?.name).toBe('firmly-export-2026-11-23.json');
    expect(file?.mime).toBe('application/json');
    const parsed = JSON.parse(file!.text);
    expect(parsed.format).toBe('firmly-export');
    expect(parsed.stores).toEqual(await readAllStores(db));
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
    const lines = downloads[0]!.text.split('\r\n');
    expect(lines[0]).toBe(INVOICE_COLUMNS.join(','));
    expect(lines.filter(Boolean)).toHaveLength(3);
  });
});

describe('DataSection: import', () => {
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
    await settle();
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
    await settle();
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
    await settle();
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
    await settle();
    expect(downloads[0]?.name).toBe('firmly-export-2026-11-23.json');
    expect(await db.clients.count()).toBe(1);
  });
});
