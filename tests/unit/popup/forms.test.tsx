// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addInvoice, createClient } from '@/utils/db/repository';
import type { FirmlyDB } from '@/utils/db/database';
import {
  button,
  click,
  eventually,
  key,
  mountApp,
  rig,
  settle,
  submit,
  type,
  unmountAll,
  preloadViews,
  type Rig,
} from './harness';

const manual = { kind: 'manual' as const, url: null, messageId: null };
let n = 0;

async function clientWithInvoice(db: FirmlyDB, amountMinor = 1234_56, currency = 'PLN') {
  const c = await createClient(db, { name: 'Kowalski', emails: ['jan@kowalski.example'] });
  const { invoice } = await addInvoice(
    db,
    {
      clientId: c.id,
      number: 'FV/1',
      amountMinor,
      currency,
      issueDate: '2026-04-01',
      dueDate: '2026-05-01',
      source: manual,
    },
    { idempotencyKey: `f-${++n}`, at: '2026-04-01T09:00:00.000Z', eventType: 'invoice_added' },
  );
  return { client: c, invoice };
}

/** Opens the client, then the form behind the action button `action`. */
async function openForm(
  lang: 'en' | 'pl' | 'ru' | 'he',
  action: string,
  seed = clientWithInvoice,
  actionLabel = action,
) {
  const base = rig();
  const { client, invoice } = await seed(base.db);
  const r = mountApp(base, lang, [lang], client.id);
  await settle();
  click(button(r.root, actionLabel));
  await settle();
  return { r, client, invoice };
}

const field = (r: Rig, id: string) => r.root.querySelector(`#${id}`);
const errorOf = (r: Rig, id: string) => r.root.querySelector(`#${id}-error`)?.textContent ?? null;
const form = (r: Rig) => r.root.querySelector('form.entry-form');

beforeAll(preloadViews, 30_000);
afterEach(unmountAll);

describe('client form', () => {
  it('says next to each field what is wrong, marks it invalid and focuses the first', async () => {
    const base = rig();
    const r = mountApp(base);
    await settle();
    click(button(r.root, 'Add client'));
    await settle();
    type(field(r, 'client-emails'), 'ok@example.com, not-an-address');
    type(field(r, 'client-currency'), 'EURO');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'client-name')).toBe('Enter the client’s name.');
    expect(errorOf(r, 'client-emails')).toBe('This is not a valid e-mail address: not-an-address');
    expect(errorOf(r, 'client-currency')).toBe('Enter a three-letter currency code, such as EUR.');
    expect(field(r, 'client-name')?.getAttribute('aria-invalid')).toBe('true');
    expect(field(r, 'client-name')?.getAttribute('aria-describedby')).toBe('client-name-error');
    expect(document.activeElement?.id).toBe('client-name');
    expect(r.root.querySelector('.form-error')?.textContent).toBe(
      'Please correct the fields marked below.',
    );
    expect(await base.db.clients.count()).toBe(0);
  });

  it('refuses a code that is three letters but no currency', async () => {
    const base = rig();
    const r = mountApp(base);
    await settle();
    click(button(r.root, 'Add client'));
    await settle();
    type(field(r, 'client-name'), 'X');
    type(field(r, 'client-currency'), 'ABC');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'client-currency')).toBe('Enter a three-letter currency code, such as EUR.');
  });

  it('edits a client in Polish and cancels with Escape', async () => {
    const { r, client } = await openForm('pl', 'Edytuj klienta');
    expect(r.root.querySelector('.view-form h2')?.textContent).toBe('Edytuj klienta');
    type(field(r, 'client-name'), '');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'client-name')).toBe('Podaj nazwę klienta.');
    type(field(r, 'client-name'), 'Kowalski i Syn');
    type(field(r, 'client-currency'), 'pln');
    submit(form(r));
    await settle();
    expect(await r.db.clients.get(client.id)).toMatchObject({
      name: 'Kowalski i Syn',
      defaultCurrency: 'PLN',
    });
    click(button(r.root, 'Edytuj klienta'));
    await settle();
    key(field(r, 'client-name')!, 'Escape');
    await settle();
    expect(r.root.querySelector('.view-form')).toBeNull();
    expect(r.root.querySelector('.client-title')?.textContent).toBe('Kowalski i Syn');
  });
});

describe('invoice form', () => {
  it('reads "1 234,56" exactly and rejects bad amounts, dates and a duplicate number', async () => {
    const { r, client } = await openForm('en', 'Invoice');
    type(field(r, 'invoice-number'), 'FV/1');
    type(field(r, 'invoice-amount'), '12,34,5');
    type(field(r, 'invoice-currency'), 'PLN');
    type(field(r, 'invoice-issue'), '2026-06-10');
    type(field(r, 'invoice-due'), '2026-06-01');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'invoice-number')).toBe('This client already has invoice FV/1.');
    expect(errorOf(r, 'invoice-amount')).toBe(
      'Write the amount in digits, e.g. 1,234.56 or 1234.56.',
    );
    expect(errorOf(r, 'invoice-due')).toBe('The due date cannot be before the issue date.');
    type(field(r, 'invoice-amount'), '12,345');
    type(field(r, 'invoice-currency'), 'KWD');
    submit(form(r));
    await settle();
    // Three digits after a single mark are decimals for a three-decimal currency: not an error.
    expect(errorOf(r, 'invoice-amount')).toBeNull();
    type(field(r, 'invoice-currency'), 'JPY');
    type(field(r, 'invoice-amount'), '10,5');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'invoice-amount')).toBe('JPY amounts are whole numbers.');
    type(field(r, 'invoice-currency'), 'PLN');
    type(field(r, 'invoice-amount'), '0,001');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'invoice-amount')).toBe(
      'PLN amounts have at most 2 digits after the decimal mark.',
    );
    type(field(r, 'invoice-number'), 'FV/2');
    type(field(r, 'invoice-amount'), '1 234,56');
    type(field(r, 'invoice-due'), '2026-07-10');
    submit(form(r));
    await eventually(async () =>
      expect(await r.db.invoices.where('clientId').equals(client.id).count()).toBe(2),
    );
    const added = await r.db.invoices.where('number').equals('FV/2').first();
    expect(added).toMatchObject({
      amountMinor: 123456,
      currency: 'PLN',
      issueDate: '2026-06-10',
      dueDate: '2026-07-10',
      source: { kind: 'manual' },
    });
  });

  it('corrects an invoice but not below what was paid', async () => {
    const { r, invoice } = await openForm('en', 'Payment');
    type(field(r, 'payment-amount'), '1000');
    submit(form(r));
    await settle();
    click(r.root.querySelector(`li[data-invoice-id="${invoice.id}"] .invoice-edit`));
    await settle();
    expect(field(r, 'invoice-amount')).toHaveProperty('value', '1234.56');
    type(field(r, 'invoice-amount'), '999.99');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'invoice-amount')).toBe(
      'The amount cannot be less than the PLN\u00a01,000.00 already paid.',
    );
    type(field(r, 'invoice-amount'), '1,500.00');
    submit(form(r));
    await eventually(async () =>
      expect((await r.db.invoices.get(invoice.id))?.amountMinor).toBe(1500_00),
    );
    expect((await r.db.summaries.get(invoice.clientId))?.balances).toEqual({ PLN: 500_00 });
  });
});

describe('payment form', () => {
  it('records a partial payment against the chosen invoice and updates the balance', async () => {
    const { r, invoice } = await openForm('pl', 'Wpłata');
    expect(r.root.querySelector('#payment-invoice')).toHaveProperty('value', invoice.id);
    type(field(r, 'payment-amount'), '');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'payment-amount')).toBe('Podaj kwotę.');
    type(field(r, 'payment-amount'), '-5');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'payment-amount')).toBe('Kwota musi być większa od zera.');
    type(field(r, 'payment-amount'), '234,56');
    await settle();
    expect(r.root.textContent).toContain(
      'Kwota mniejsza niż pozostała zostanie zapisana jako wpłata częściowa.',
    );
    type(field(r, 'payment-reference'), 'przelew 17');
    submit(form(r));
    await eventually(() =>
      expect(r.root.querySelector('[data-testid="client-owed"]')?.textContent).toBe(
        '1000,00\u00a0zł',
      ),
    );
    const inv = await r.db.invoices.get(invoice.id);
    expect(inv).toMatchObject({ paidMinor: 234_56, status: 'partly_paid' });
    const payment = await r.db.events.where('type').equals('payment_received').first();
    expect(payment?.data).toEqual({
      type: 'payment_received',
      invoiceId: invoice.id,
      amountMinor: 234_56,
      currency: 'PLN',
      reference: 'przelew 17',
    });
  });

  it('fills the whole amount left and settles the invoice', async () => {
    const { r, invoice } = await openForm('en', 'Payment');
    click(button(r.root, /^Whole amount left/));
    expect(field(r, 'payment-amount')).toHaveProperty('value', '1234.56');
    submit(form(r));
    await eventually(async () =>
      expect((await r.db.invoices.get(invoice.id))?.status).toBe('paid'),
    );
  });
});

describe('promise, dispute and note forms', () => {
  it('records a promise to pay with an optional amount', async () => {
    const { r } = await openForm('en', 'Promise');
    type(field(r, 'promise-date'), 'soon');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'promise-date')).toBe('Enter a valid date.');
    type(field(r, 'promise-date'), '2099-07-01');
    type(field(r, 'promise-amount'), '500');
    submit(form(r));
    await eventually(async () =>
      expect(await r.db.events.where('type').equals('promise_to_pay').count()).toBe(1),
    );
    const e = await r.db.events.where('type').equals('promise_to_pay').first();
    expect(e?.data).toEqual({
      type: 'promise_to_pay',
      promisedDate: '2099-07-01',
      amountMinor: 500_00,
      currency: 'PLN',
    });
  });

  it('asks what is disputed, then marks the invoice disputed; a second time resolves it', async () => {
    const { r, invoice } = await openForm('en', 'Dispute');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'dispute-note')).toBe('Write something first.');
    type(field(r, 'dispute-note'), 'Says the logo colours are wrong');
    submit(form(r));
    await eventually(async () =>
      expect((await r.db.invoices.get(invoice.id))?.status).toBe('disputed'),
    );
    await settle();
    click(button(r.root, 'Dispute'));
    await settle();
    expect(r.root.querySelector('.view-form h2')?.textContent).toBe('Mark the dispute resolved');
    submit(form(r));
    await eventually(async () =>
      expect((await r.db.invoices.get(invoice.id))?.status).toBe('open'),
    );
  });

  it('refuses an empty note and adds a real one to the debt log', async () => {
    const { r } = await openForm('ru', 'Заметка');
    type(field(r, 'note-text'), '   ');
    submit(form(r));
    await settle();
    expect(errorOf(r, 'note-text')).toBe('Сначала напишите что-нибудь.');
    type(field(r, 'note-text'), 'Бухгалтер в отпуске до понедельника');
    submit(form(r));
    await eventually(() =>
      expect(r.root.querySelector('.tl[data-type="note"] .tl-quote')?.textContent).toBe(
        'Бухгалтер в отпуске до понедельника',
      ),
    );
  });
});
