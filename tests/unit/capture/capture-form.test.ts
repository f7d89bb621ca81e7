import { describe, expect, it } from 'vitest';
import {
  captureKey,
  captureObservation,
  formFromCandidate,
  type CaptureForm,
} from '@/utils/capture/capture-form';
import type { CaptureCandidate } from '@/utils/capture/candidate';
import { observation as observationSchema } from '@/utils/ledger/observation';

const NOW = new Date('2026-11-23T12:00:00Z');
const PAGE = 'https://billing.example.org/invoices/view?id=31&utm_source=mail';

const form = (patch: Partial<CaptureForm> = {}): CaptureForm => ({
  clientName: 'Harbor Logistics Ltd',
  clientEmail: 'Accounts@Harbor-Logistics.example',
  invoiceNumber: 'INV-2026-031',
  amount: '1 840,50',
  currency: 'eur',
  issueDate: '2026-11-02',
  dueDate: '2026-12-02',
  ...patch,
});

describe('capture form', () => {
  it('prefills from the proposal, amounts as plain decimals in the currency’s digits', () => {
    const candidate: CaptureCandidate = {
      origin: 'schema.org',
      clientName: 'Globex',
      clientEmail: null,
      invoiceNumber: 'G-1',
      amountMinor: 12345,
      currency: 'KWD',
      issueDate: null,
      dueDate: '2026-01-31',
      paymentStatus: null,
    };
    expect(formFromCandidate(candidate)).toEqual({
      clientName: 'Globex',
      clientEmail: '',
      invoiceNumber: 'G-1',
      amount: '12.345',
      currency: 'KWD',
      issueDate: '',
      dueDate: '2026-01-31',
    });
    expect(formFromCandidate({ ...candidate, amountMinor: null, currency: null }).amount).toBe('');
  });

  it('turns a valid form into an invoice observation the background accepts', () => {
    const result = captureObservation(form(), PAGE, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.observation).toEqual({
      kind: 'invoice',
      key: 'capture:billing.example.org:accounts@harbor-logistics.example:INV-2026-031',
      at: NOW.toISOString(),
      counterparty: { email: 'accounts@harbor-logistics.example', name: 'Harbor Logistics Ltd' },
      source: { kind: 'capture', url: PAGE, messageId: null },
      invoice: {
        number: 'INV-2026-031',
        amountMinor: 184050,
        currency: 'EUR',
        issueDate: '2026-11-02',
        dueDate: '2026-12-02',
      },
    });
    expect(observationSchema.safeParse(result.observation).success).toBe(true);
  });

  it.each([
    ['1,840.50', 'EUR', 184050],
    ['1.840,50', 'EUR', 184050],
    ['€1.840,50', 'EUR', 184050],
    ['1840.5', 'EUR', 184050],
    ['120 000', 'JPY', 120000],
    ['12.345', 'KWD', 12345],
  ])('reads the amount %s %s', (amount, currency, minor) => {
    const result = captureObservation(form({ amount, currency }), PAGE, NOW);
    expect(result.ok && result.observation.invoice.amountMinor).toBe(minor);
  });

  it('accepts a client with only a name (hosted pages rarely show the address)', () => {
    const result = captureObservation(form({ clientEmail: '' }), PAGE, NOW);
    expect(result.ok && result.observation.counterparty).toEqual({
      email: null,
      name: 'Harbor Logistics Ltd',
    });
  });

  it.each<[string, Partial<CaptureForm>, Record<string, string>]>([
    ['no client', { clientName: ' ', clientEmail: '' }, { clientName: 'clientRequired' }],
    ['a bad e-mail', { clientEmail: 'accounts at harbor' }, { clientEmail: 'emailInvalid' }],
    ['no amount', { amount: '' }, { amount: 'amountInvalid' }],
    ['a zero amount', { amount: '0,00' }, { amount: 'amountInvalid' }],
    ['an amount in another currency', { amount: '$1,840.50' }, { amount: 'amountInvalid' }],
    ['an unknown currency', { currency: 'EURO' }, { currency: 'currencyInvalid' }],
    ['an impossible date', { issueDate: '2026-02-30' }, { issueDate: 'dateInvalid' }],
    [
      'due before issue',
      { issueDate: '2026-12-10', dueDate: '2026-12-02' },
      { dueDate: 'dueBeforeIssue' },
    ],
  ])('refuses %s', (_why, patch, errors) => {
    const result = captureObservation(form(patch), PAGE, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(errors);
  });

  it('keys by host and number, so capturing the same invoice twice is one observation', () => {
    const a = captureObservation(form(), 'https://billing.example.org/invoices/view?id=31', NOW);
    const b = captureObservation(
      form({ invoiceNumber: '#INV-2026-031' }),
      'https://billing.example.org/i/31?ref=mail',
      NOW,
    );
    expect(a.ok && b.ok && a.observation.key === b.observation.key).toBe(true);
  });

  it('keys a numberless invoice by its page and amount', () => {
    const url = new URL('https://pay.example/i/abc?id=7');
    const none = { invoiceNumber: '', clientEmail: 'ap@acme.example', clientName: '' };
    expect(captureKey(none, url, 500, 'EUR')).toBe(
      'capture:pay.example/i/abc?id=7:ap@acme.example:500EUR',
    );
    expect(captureKey(none, url, 600, 'EUR')).not.toBe(captureKey(none, url, 500, 'EUR'));
  });
});
