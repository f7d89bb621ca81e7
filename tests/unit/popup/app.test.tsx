// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addInvoice, createClient } from '@/utils/db/repository';
import type { FirmlyDB } from '@/utils/db/database';
import { LIST_PAINTED_MARK } from '@/components/popup/ListView';
import { CLIENT_PAINTED_MARK } from '@/components/popup/ClientView';
import {
  button,
  click,
  key,
  mountApp,
  rig,
  settle,
  type,
  unmountAll,
  preloadViews,
} from './harness';

const manual = { kind: 'manual' as const, url: null, messageId: null };
let n = 0;
async function invoice(
  db: FirmlyDB,
  clientId: string,
  number: string,
  amountMinor: number,
  currency: string,
  dueDate: string | null,
) {
  await addInvoice(
    db,
    { clientId, number, amountMinor, currency, issueDate: '2026-03-01', dueDate, source: manual },
    { idempotencyKey: `app-${++n}`, at: '2026-03-01T09:00:00.000Z', eventType: 'invoice_added' },
  );
}

async function seed(db: FirmlyDB) {
  const acme = await createClient(db, { name: 'ACME Corp', emails: ['ap@acme.example'] });
  const kow = await createClient(db, {
    name: 'Kowalski i Syn',
    emails: ['jan@kowalski.example'],
    language: 'pl',
  });
  await createClient(db, { name: 'Paid Up Ltd', emails: [] });
  await invoice(db, acme.id, 'INV-7', 1250_00, 'USD', '2026-06-01');
  await invoice(db, kow.id, 'FV/2026/04/003', 1234_56, 'PLN', '2026-04-15');
  return { acme, kow };
}

beforeAll(preloadViews, 30_000);
afterEach(unmountAll);

describe('popup app', () => {
  it('explains how Firmly finds invoices when there are no clients, and offers to add one', async () => {
    const r = mountApp(rig());
    await settle();
    const empty = r.root.querySelector('.empty');
    expect(empty?.textContent).toMatch(/Gmail/);
    expect(empty?.textContent).toMatch(/Stripe/);
    expect(empty?.textContent).toMatch(/by hand/);
    click(button(r.root, 'Add client'));
    await settle();
    expect(r.root.querySelector('.view-form h2')?.textContent).toBe('Add client');
    expect(document.activeElement?.id).toBe('client-name');
  });

  it('lists the most overdue first with totals per currency, and marks the first paint', async () => {
    performance.clearMarks();
    const base = rig();
    await seed(base.db);
    const r = mountApp(base);
    await settle();
    const names = [...r.root.querySelectorAll('.client-name')].map((e) => e.textContent);
    expect(names).toEqual(['Kowalski i Syn', 'ACME Corp', 'Paid Up Ltd']);
    const totals = [...r.root.querySelectorAll('.total')].map((e) =>
      e.getAttribute('data-currency'),
    );
    expect(totals).toEqual(['PLN', 'USD']);
    expect(r.root.querySelector('.total[data-currency="PLN"] .total-overdue')?.textContent).toBe(
      'PLN\u00a01,234.56 overdue',
    );
    expect(performance.getEntriesByName(LIST_PAINTED_MARK)).toHaveLength(1);
    // The first page was asked for, not every client.
    expect(r.sent.some((m) => m.name === 'ui-bg:listClients')).toBe(false);
  });

  it('finds a client by invoice number and opens it with Enter; Escape goes back to the same row', async () => {
    performance.clearMarks();
    const base = rig();
    const { kow } = await seed(base.db);
    const r = mountApp(base);
    await settle();
    const search = r.root.querySelector<HTMLInputElement>('#client-search');
    type(search, 'fv/2026');
    await settle(200);
    expect([...r.root.querySelectorAll('.client-name')].map((e) => e.textContent)).toEqual([
      'Kowalski i Syn',
    ]);
    key(search!, 'Enter');
    await settle();
    const heading = r.root.querySelector<HTMLElement>('.client-title');
    expect(heading?.textContent).toBe('Kowalski i Syn');
    expect(document.activeElement).toBe(heading);
    expect(performance.getEntriesByName(CLIENT_PAINTED_MARK)).toHaveLength(1);
    key(document.activeElement ?? document, 'Escape');
    await settle();
    expect(r.root.querySelector('.view-client')).toBeNull();
    expect((document.activeElement as HTMLElement | null)?.dataset.clientId).toBe(kow.id);
    // The search survived the round trip.
    expect(r.root.querySelector<HTMLInputElement>('#client-search')?.value).toBe('fv/2026');
  });

  it('says so when a search finds nobody', async () => {
    const base = rig();
    await seed(base.db);
    const r = mountApp(base);
    await settle();
    type(r.root.querySelector('#client-search'), 'zzz');
    await settle(200);
    expect(r.root.textContent).toContain('No client matches “zzz”.');
  });

  it('lays the popup out right to left in Hebrew, with Hebrew words and a theme attribute', async () => {
    const base = rig();
    await seed(base.db);
    const r = mountApp(base, 'he');
    await settle();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('he');
    expect(document.documentElement.dataset.theme).toBe('auto');
    expect(r.root.querySelector('.totals-label')?.textContent).toBe('חייבים לך');
    expect(r.root.querySelector('.when-late')?.textContent).toMatch(/^באיחור של \d+ ימים$/);
  });

  it("follows the browser's language when the setting is auto", async () => {
    const base = rig();
    await seed(base.db);
    const r = mountApp(base, 'auto', ['ru-RU', 'en']);
    await settle();
    expect(document.documentElement.dir).toBe('ltr');
    expect(r.root.querySelector('.totals-label')?.textContent).toBe('Вам должны');
  });

  it('opens the client named in the location hash (from a follow-up notification)', async () => {
    const base = rig();
    const { acme } = await seed(base.db);
    const r = mountApp(base, 'en', ['en'], acme.id);
    await settle();
    expect(r.root.querySelector('.client-title')?.textContent).toBe('ACME Corp');
  });

  it('adds a client through the form and shows it', async () => {
    const r = mountApp(rig());
    await settle();
    click(button(r.root, 'Add client'));
    await settle();
    type(r.root.querySelector('#client-name'), 'Nowy Klient');
    type(r.root.querySelector('#client-emails'), 'Biuro@Nowy.example, szef@nowy.example');
    type(r.root.querySelector('#client-language'), 'pl');
    click(button(r.root, 'Save'));
    await settle();
    expect(r.root.querySelector('.client-title')?.textContent).toBe('Nowy Klient');
    const stored = await r.db.clients.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: 'Nowy Klient',
      emails: ['biuro@nowy.example', 'szef@nowy.example'],
      language: 'pl',
    });
    expect(r.root.querySelector('.toast')?.textContent).toBe('Client added');
  });
});
