// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addInvoice, appendEvent, createClient } from '@/utils/db/repository';
import type { FirmlyDB } from '@/utils/db/database';
import type { EventData, SourceRef } from '@/utils/db/records';
import { presetDate } from '@/utils/popup/followup-presets';
import { renderRationale } from '@/utils/advisor/rationale';
import {
  NOW,
  button,
  click,
  eventually,
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
const gmail = { kind: 'gmail' as const, url: null, messageId: 'm-1' };
let n = 0;

async function event(
  db: FirmlyDB,
  clientId: string,
  at: string,
  data: EventData,
  source: SourceRef = manual,
) {
  await appendEvent(db, {
    clientId,
    invoiceId: 'invoiceId' in data ? data.invoiceId : null,
    at,
    data,
    source,
    idempotencyKey: `cv-${++n}`,
  });
}

/** A client with a paid invoice (40 days to pay), an overdue one, and a conversation. */
async function seed(db: FirmlyDB, language: 'en' | 'pl' | 'he' | null = null) {
  const c = await createClient(db, {
    name: 'Harbor & Finch',
    emails: ['ap@harbor.example'],
    language,
  });
  const add = async (number: string, amountMinor: number, issueDate: string, dueDate: string) =>
    (
      await addInvoice(
        db,
        {
          clientId: c.id,
          number,
          amountMinor,
          currency: 'EUR',
          issueDate,
          dueDate,
          source: manual,
        },
        {
          idempotencyKey: `cv-inv-${++n}`,
          at: `${issueDate}T09:00:00.000Z`,
          eventType: 'invoice_seen',
        },
      )
    ).invoice;
  const paid = await add('HF-1', 800_00, '2026-02-01', '2026-02-15');
  const open = await add('HF-2', 1500_00, '2026-04-01', '2026-05-01');
  await event(db, c.id, '2026-03-13T10:00:00.000Z', {
    type: 'payment_received',
    invoiceId: paid.id,
    amountMinor: 800_00,
    currency: 'EUR',
    reference: null,
  });
  await event(db, c.id, '2026-05-10T10:00:00.000Z', {
    type: 'reminder_sent',
    templateId: 'reminder_gentle',
    stage: 'overdue_gentle',
    channel: 'email',
  });
  await event(
    db,
    c.id,
    '2026-05-12T10:00:00.000Z',
    { type: 'reply_received', excerpt: 'We are short of cash <b>this month</b>, sorry.' },
    gmail,
  );
  return { client: c, paid, open };
}

async function openClient(
  lang: 'en' | 'pl' | 'he' = 'en',
  clientLanguage: 'en' | 'pl' | 'he' | null = null,
) {
  const base = rig();
  const s = await seed(base.db, clientLanguage);
  const r = mountApp(base, lang, [lang], s.client.id);
  await eventually(() => expect(r.root.querySelector('.msg-body')).not.toBeNull());
  return { r, ...s };
}

const chart = (r: Rig) => r.root.querySelector<SVGElement>('svg.flow-chart');

vi.setConfig({ testTimeout: 20_000 });

beforeAll(preloadViews, 30_000);

beforeEach(() => {
  // The background reads the clock too (the advisor, follow-ups): one fixed "now" for both sides.
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

describe('client view', () => {
  it('shows what is owed and how late, open and paid invoices with aging, and the average time to pay', async () => {
    const { r, paid } = await openClient();
    expect(r.root.querySelector('[data-testid="client-owed"]')?.textContent).toBe('€1,500.00');
    expect(r.root.querySelector('.fact-late')?.textContent).toContain('45 days late');
    expect(r.root.querySelector('[data-testid="client-average"]')?.textContent).toBe('40 days');
    expect(r.root.querySelector('.aging-d31_60 dd')?.textContent).toContain('€1,500.00');
    const closed = r.root.querySelector(`li[data-invoice-id="${paid.id}"]`);
    expect(closed?.textContent).toContain('paid Mar 13, 2026');
    expect(closed?.textContent).toContain('in 40 days');
  });

  it('draws invoiced vs paid and days to pay as SVG, with the figures for screen readers', async () => {
    const { r } = await openClient();
    const svg = chart(r);
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.querySelectorAll('g.month')).toHaveLength(12);
    expect(svg?.getAttribute('data-invoiced')).toBe(String(2300_00));
    expect(svg?.getAttribute('data-paid')).toBe(String(800_00));
    expect(svg?.querySelector('desc')?.textContent).toBe(
      'Invoiced €2,300.00, paid €800.00 over these months; outstanding now €1,500.00.',
    );
    const days = r.root.querySelector('svg.days-chart');
    expect(days?.getAttribute('data-average')).toBe('40');
    expect(days?.querySelectorAll('rect.bar-days')).toHaveLength(1);
  });

  it('shows the debt log as a timeline, newest first, with replies quoted as text', async () => {
    const { r } = await openClient();
    const types = [...r.root.querySelectorAll('.tl')].map((li) => li.getAttribute('data-type'));
    expect(types).toEqual([
      'reply_received',
      'reminder_sent',
      'invoice_seen',
      'payment_received',
      'invoice_seen',
    ]);
    const reply = r.root.querySelector('.tl[data-type="reply_received"]');
    expect(reply?.querySelector('b')).toBeNull();
    expect(reply?.querySelector('.tl-quote')?.textContent).toBe(
      'We are short of cash <b>this month</b>, sorry.',
    );
    expect(reply?.querySelector('.tl-source')?.textContent).toBe('from Gmail');
    expect(r.root.querySelector('.tl[data-type="reminder_sent"] .tl-details')?.textContent).toBe(
      'Gentle reminder · by e-mail',
    );
  });

  it('updates the balance and the chart after a partial payment', async () => {
    const { r, open } = await openClient();
    const paidBefore = Number(chart(r)?.getAttribute('data-paid'));
    click(button(r.root, 'Payment'));
    await settle();
    type(r.root.querySelector('#payment-invoice'), open.id);
    type(r.root.querySelector('#payment-amount'), '500');
    submit(r.root.querySelector('form.entry-form'));
    await eventually(() =>
      expect(r.root.querySelector('[data-testid="client-owed"]')?.textContent).toBe('€1,000.00'),
    );
    expect(Number(chart(r)?.getAttribute('data-paid'))).toBe(paidBefore + 500_00);
    expect(chart(r)?.getAttribute('data-outstanding')).toBe(String(1000_00));
  });
});

describe('suggestion card', () => {
  it('shows the stage, the reason and the message in the client language, switchable, Hebrew right to left', async () => {
    const { r } = await openClient('en', 'pl');
    expect(r.root.querySelector('.sug-meta .stage')?.textContent).toBeTruthy();
    const body = () => r.root.querySelector<HTMLTextAreaElement>('.msg-body')!;
    expect(body().lang).toBe('pl');
    expect(body().dir).toBe('ltr');
    const polish = body().value;
    expect(polish.length).toBeGreaterThan(20);
    const hebrew = r.root.querySelector<HTMLButtonElement>('.segmented [data-value="he"]');
    click(hebrew);
    await eventually(() => expect(body().lang).toBe('he'));
    expect(body().dir).toBe('rtl');
    expect(r.root.querySelector<HTMLInputElement>('.msg-subject')?.dir).toBe('rtl');
    expect(body().value).not.toBe(polish);
    expect(body().value).toMatch(/[\u0590-\u05ff]/);
    expect(
      r.root.querySelector('.segmented [aria-checked="true"]')?.getAttribute('data-value'),
    ).toBe('he');
  });

  it('explains the step in the UI language: Hebrew, with the client’s words isolated', async () => {
    const { r, client } = await openClient('he', 'en');
    const rationale = r.root.querySelector('.rationale');
    const text = rationale?.textContent ?? '';
    expect(rationale?.getAttribute('lang')).toBe('he');
    expect(document.documentElement.dir).toBe('rtl');
    expect(text).toMatch(/^התשלום באיחור של 45 ימים, נשלחה תזכורת אחת, /);
    expect(text).toContain('מהתשובה החדשה (12 במאי 2026) עולה שהלקוח ');
    expect(text).toMatch(/\("\u2068[^\u2069]*short of cash[^\u2069]*\u2069"\)/);
    expect(text).toContain('לפני ששולחים משהו יש לאשר את הסיבה');
    // The suggestion keeps its English rationale for other readers.
    const shown = await r.send('ui-bg:suggest', { clientId: client.id });
    expect(shown?.rationale).toMatch(/^45 days overdue, 1 reminder sent, /);
    expect(text).toBe(renderRationale(shown?.rationaleParts ?? [], 'he'));
  });

  it('copies the (edited) message and opens it as a Gmail draft to the client', async () => {
    const { r } = await openClient();
    const body = r.root.querySelector<HTMLTextAreaElement>('.msg-body')!;
    type(body, `${body.value}\nP.S. Thanks!`);
    click(button(r.root, 'Copy'));
    await settle();
    expect(r.platform.copy).toHaveBeenCalledWith(expect.stringContaining('P.S. Thanks!'));
    expect(r.root.querySelector('.toast')?.textContent).toBe('Message copied');
    click(button(r.root, 'Open as Gmail draft'));
    await settle();
    const url = new URL(String(r.platform.openTab.mock.calls[0]?.[0]));
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('ap@harbor.example');
    expect(url.searchParams.get('su')).toBe(
      r.root.querySelector<HTMLInputElement>('.msg-subject')?.value,
    );
    expect(url.searchParams.get('body')).toContain('P.S. Thanks!');
  });

  it('marks the message as sent with its template, stage and channel', async () => {
    const { r, client } = await openClient();
    const shown = await r.send('ui-bg:suggest', { clientId: client.id });
    click(button(r.root, 'Mark as sent'));
    await eventually(async () =>
      expect(await r.db.events.where('type').equals('reminder_sent').count()).toBe(2),
    );
    // The new one, not the seeded reminder (both carry the same fake-clock recordedAt).
    const sent = (await r.db.events.where('type').equals('reminder_sent').toArray()).find(
      (e) => e.at !== '2026-05-10T10:00:00.000Z',
    );
    expect(sent?.data).toEqual({
      type: 'reminder_sent',
      templateId: shown?.templateId,
      stage: shown?.stage,
      channel: shown?.channel,
    });
  });

  it('records the reason the user picks, as confirmed by them', async () => {
    const { r } = await openClient();
    click(button(r.root, 'Change reason'));
    await settle();
    const cash = r.root.querySelector<HTMLInputElement>('input[name="reason"][value="cash_flow"]');
    click(cash);
    click(button(r.root, 'Save reason'));
    await eventually(async () =>
      expect(await r.db.events.where('type').equals('reason_recorded').count()).toBe(1),
    );
    const e = await r.db.events.where('type').equals('reason_recorded').first();
    expect(e?.data).toEqual({
      type: 'reason_recorded',
      reason: 'cash_flow',
      evidence: null,
      confirmedByUser: true,
    });
    await eventually(() => expect(document.activeElement?.textContent).toBe('Change reason'));
  });

  it('sets a follow-up for tomorrow at 9:00 and lists it', async () => {
    const { r, client } = await openClient();
    click(button(r.root, 'Set follow-up'));
    await settle();
    click(r.root.querySelector('input[name="followup-when"][value="tomorrow"]'));
    type(r.root.querySelector('#followup-note'), 'Call Anna');
    click(r.root.querySelector('.picker button[type="submit"]'));
    await eventually(async () => expect(await r.db.followups.count()).toBe(1));
    const f = await r.db.followups.toCollection().first();
    expect(f).toMatchObject({
      clientId: client.id,
      dueAt: presetDate('tomorrow', NOW).toISOString(),
      note: 'Call Anna',
      status: 'pending',
    });
    await eventually(() =>
      expect(r.root.querySelector(`[data-followup-id="${f?.id}"]`)?.textContent).toContain(
        'Call Anna',
      ),
    );
  });

  it('refuses a custom follow-up time in the past', async () => {
    const { r } = await openClient();
    click(button(r.root, 'Set follow-up'));
    await settle();
    click(r.root.querySelector('input[name="followup-when"][value="custom"]'));
    type(r.root.querySelector('#followup-custom'), '2026-06-01T09:00');
    click(r.root.querySelector('.picker button[type="submit"]'));
    await settle();
    expect(r.root.querySelector('#followup-custom-error')?.textContent).toBe(
      'Pick a moment in the future.',
    );
    expect(await r.db.followups.count()).toBe(0);
  });
});
