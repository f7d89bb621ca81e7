import { describe, expect, it } from 'vitest';
import { counterpartyOf, threadObservations, type ThreadLike } from '@/utils/ledger/from-thread';
import type { DetectInput, DetectedInvoice } from '@/utils/detect';

const me = 'sam@studio.example';
type Party = { email: string; name: string | null };
const client: Party = { email: 'dana@client.example', name: 'Dana' };
const billing: Party = { email: 'billing@invoicer.example', name: 'Invoicer' };
const none: DetectedInvoice = {
  kind: 'other',
  invoiceNumber: null,
  amountMinor: null,
  currency: null,
  issueDate: null,
  dueDate: null,
  confidence: 0,
};

/** A stand-in detector keyed by the message text, so the test exercises the thread logic only. */
const detect =
  (table: Record<string, Partial<DetectedInvoice>>) =>
  (input: DetectInput): DetectedInvoice => ({ ...none, ...table[input.text] });

function thread(...messages: ThreadLike['messages']): ThreadLike {
  return { threadId: 't', subject: 'Invoice 7', messages };
}
const msg = (id: string, from: Party, to: Party[], text: string, cc: Party[] = []) => ({
  messageId: id,
  from,
  to,
  cc,
  date: '2026-11-01T10:00:00.000Z',
  text,
});

describe('who the client is', () => {
  const own = new Set([me]);
  it.each([
    [
      'the user wrote to the client',
      msg('1', { email: me, name: 'Sam' }, [client], 'x'),
      'from_user',
      client.email,
    ],
    [
      'a billing system wrote to the client, user in copy',
      msg('2', billing, [client], 'x', [{ email: me, name: null }]),
      'copy_to_user',
      client.email,
    ],
    [
      'the client wrote to the user',
      msg('3', client, [{ email: me, name: null }], 'x'),
      'to_user',
      client.email,
    ],
  ])('%s', (_label, m, role, email) => {
    expect(counterpartyOf(m, own)).toEqual({ role, who: expect.objectContaining({ email }) });
  });
});

describe('threadObservations', () => {
  const amounts = { amountMinor: 125000, currency: 'USD', invoiceNumber: '7' };
  it("turns the user's invoice into an observation keyed by message id and the client's answer into a reply", () => {
    const t = thread(
      msg('a', { email: me, name: 'Sam' }, [client], 'inv'),
      msg('b', client, [{ email: me, name: null }], 'answer'),
    );
    const out = threadObservations(
      t,
      [me],
      detect({
        inv: { kind: 'invoice', ...amounts },
        answer: { kind: 'invoice', invoiceNumber: '7' },
      }),
      'https://mail.google.com/',
    );
    expect(out.observations).toEqual([
      expect.objectContaining({
        kind: 'invoice',
        key: 'gmail:a',
        counterparty: { email: client.email, name: 'Dana' },
      }),
    ]);
    expect(out.replies.map((r) => r.messageId)).toEqual(['b']);
  });

  it('ignores invoices addressed to the user (bills), and reads payment notices to the user as payments', () => {
    const t = thread(
      msg('c', billing, [{ email: me, name: null }], 'bill'),
      msg('d', billing, [{ email: me, name: null }], 'paid'),
    );
    const out = threadObservations(
      t,
      [me],
      detect({
        bill: { kind: 'invoice', ...amounts },
        paid: { kind: 'payment_confirmation', ...amounts },
      }),
      'u',
    );
    expect(out.observations.map((o) => o.kind)).toEqual(['payment']);
    expect(out.replies.map((r) => r.messageId)).toEqual(['c']);
  });

  it('skips collapsed messages and messages without a date', () => {
    const t = thread(
      { ...msg('e', { email: me, name: null }, [client], ''), text: '' },
      { ...msg('f', { email: me, name: null }, [client], 'inv'), date: null },
    );
    expect(
      threadObservations(t, [me], detect({ inv: { kind: 'invoice', ...amounts } }), 'u'),
    ).toEqual({ observations: [], replies: [], emails: [client.email] });
  });

  it('keys a message without a Gmail id stably, and offers no reply it could not key', () => {
    const t = thread(
      msg('', { email: me, name: null }, [client], 'inv'),
      msg('', client, [{ email: me, name: null }], 'we will pay'),
    );
    const run = () =>
      threadObservations(t, [me], detect({ inv: { kind: 'invoice', ...amounts } }), 'u');
    const [first, second] = [run(), run()];
    expect(first.observations).toHaveLength(1);
    expect(first.observations[0]!.key).not.toBe('gmail:');
    expect(first.observations[0]!.key).toBe(second.observations[0]!.key);
    expect(first.observations[0]!.source.messageId).toBeNull();
    expect(first.replies).toEqual([]);
  });
});

describe('an invoice that says it is already paid', () => {
  const paid: Partial<DetectedInvoice> = {
    kind: 'payment_confirmation',
    invoiceNumber: '2026-031',
    amountMinor: 90000,
    currency: 'EUR',
    issueDate: '2026-03-01',
  };
  it('records the invoice first, then its payment', () => {
    const t = thread(msg('m1', { email: me, name: 'Sam' }, [client], 'paid-invoice'));
    const out = threadObservations(
      t,
      [me],
      detect({ 'paid-invoice': { ...paid, paidInvoice: true } }),
      'https://mail.google.com/mail/u/0/#inbox/t',
    );
    expect(out.observations.map((o) => [o.kind, o.key])).toEqual([
      ['invoice', 'gmail:m1#invoice'],
      ['payment', 'gmail:m1'],
    ]);
    const invoice = out.observations[0];
    expect(invoice?.kind === 'invoice' && invoice.invoice).toMatchObject({
      number: '2026-031',
      amountMinor: 90000,
      currency: 'EUR',
    });
  });
  it('a plain receipt records only the payment', () => {
    const t = thread(msg('m2', { email: me, name: 'Sam' }, [client], 'receipt'));
    const out = threadObservations(
      t,
      [me],
      detect({ receipt: paid }),
      'https://mail.google.com/mail/u/0/#inbox/t',
    );
    expect(out.observations.map((o) => o.kind)).toEqual(['payment']);
  });
  it('written to the user, it stays a payment claim (a bill they owe is not booked)', () => {
    const t = thread(msg('m3', client, [{ email: me, name: null }], 'paid-invoice'));
    const out = threadObservations(
      t,
      [me],
      detect({ 'paid-invoice': { ...paid, paidInvoice: true } }),
      'https://mail.google.com/mail/u/0/#inbox/t',
    );
    expect(out.observations.map((o) => o.kind)).toEqual(['payment']);
  });
});
