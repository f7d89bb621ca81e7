import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { detectInvoice } from '@/utils/detect';
import { base64ToBytes, bytesToBase64 } from '@/utils/pdf/base64';
import { mergeFacts } from '@/utils/pdf/merge';
import { AttachmentReader, readPdfFacts, type PdfReading } from '@/utils/pdf/read-attachment';
import { pdfText } from '@/utils/pdf';
import { threadObservations } from '@/utils/ledger/from-thread';
import { attachmentRequests } from '@/utils/protocol/attachments';

const pdf = (id: string) => new Uint8Array(readFileSync(`tests/fixtures/pdf/generated/${id}.pdf`));

describe('mergeFacts', () => {
  const cover = detectInvoice({
    subject: 'Faktura FV/12/2026',
    text: 'Dzień dobry, w załączeniu przesyłam fakturę.',
  });
  it('fills what a cover note does not state from the PDF', async () => {
    expect(cover.amountMinor).toBeNull();
    const r = await readPdfFacts(pdfText, pdf('pl-standard'));
    if (r.status !== 'read') throw new Error(r.message);
    const { facts, overrides } = mergeFacts(cover, r.facts);
    expect(facts).toMatchObject({ kind: 'invoice', currency: 'PLN', dueDate: '2026-03-19' });
    expect(facts.amountMinor).toBe(r.facts.amountMinor);
    expect(overrides).toEqual([]);
  });
  it('lets the PDF win for amount and dates, and says so', () => {
    const body = detectInvoice({
      subject: 'Invoice 7',
      text: 'Invoice 7 for $900.00 is due on 12/01/2026. Invoice date: 11/01/2026.',
    });
    const fromPdf = { ...body, amountMinor: 95000, dueDate: '2026-12-15' };
    const { facts, overrides } = mergeFacts(body, fromPdf);
    expect(facts.amountMinor).toBe(95000);
    expect(facts.dueDate).toBe('2026-12-15');
    expect(overrides.map((o) => o.field).sort()).toEqual(['amount', 'dueDate']);
    expect(overrides.find((o) => o.field === 'amount')).toEqual({
      field: 'amount',
      email: '90000 USD',
      pdf: '95000 USD',
    });
  });
  it('ignores a PDF that is not an invoice document', () => {
    const quote = { ...cover, kind: 'other' as const, amountMinor: 5, currency: 'EUR' };
    expect(mergeFacts(cover, quote).facts).toEqual(cover);
  });
});

describe('AttachmentReader', () => {
  it('reads each attachment once, by message id + attachment id', async () => {
    const read = vi.fn(async (): Promise<PdfReading> => ({
      status: 'read',
      facts: detectInvoice({ subject: 'Invoice 1', text: 'Invoice 1, total $5.00' }),
      chars: 10,
    }));
    const reader = new AttachmentReader(read);
    const bytes = vi.fn(() => new Uint8Array([1]));
    const a = reader.reading('m1', 'a1', bytes);
    const b = reader.reading('m1', 'a1', bytes);
    const c = reader.reading('m1', 'a2', bytes);
    expect([a.cached, b.cached, c.cached]).toEqual([false, true, false]);
    expect(await b.reading).toBe(await a.reading);
    expect(read).toHaveBeenCalledTimes(2);
    expect(bytes).toHaveBeenCalledTimes(2);
    expect((await reader.factsOf('m1'))?.amountMinor).toBe(500);
    expect(await reader.factsOf('m2')).toBeNull();
  });
  it('answers undecodable bytes as a damaged PDF', async () => {
    const reader = new AttachmentReader((bytes, subject) => readPdfFacts(pdfText, bytes, subject));
    const r = await reader.reading('m', 'a', () => base64ToBytes('@@@@')).reading;
    expect(r).toMatchObject({ status: 'unreadable', problem: 'malformed' });
  });
});

describe('base64 and the message schema', () => {
  it('round-trips bytes', () => {
    const bytes = pdf('en-US-standard');
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
  it('refuses an attachment over 15 MB before decoding it', () => {
    const big = 'A'.repeat(Math.ceil((15 * 1024 * 1024) / 3) * 4 + 4);
    const r = attachmentRequests['ui-bg:readPdf'].safeParse({ name: 'x.pdf', bytesBase64: big });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('over 15 MB');
  });
});

describe('threadObservations with PDF facts', () => {
  it('records the invoice of a cover note with the amount and due date of its PDF', async () => {
    const r = await readPdfFacts(pdfText, pdf('pl-standard'));
    if (r.status !== 'read') throw new Error(r.message);
    const thread = {
      threadId: 't',
      subject: 'Faktura FV/12/2026',
      messages: [
        {
          messageId: 'm1',
          from: { email: 'me@studio.pl', name: 'Me' },
          to: [{ email: 'client@firma.pl', name: null }],
          cc: [],
          date: '2026-03-05T10:00:00.000Z',
          text: 'Dzień dobry, w załączeniu przesyłam fakturę.',
        },
      ],
    };
    const without = threadObservations(
      thread,
      ['me@studio.pl'],
      detectInvoice,
      'https://mail.google.com/',
    );
    expect(without.observations).toEqual([]);
    const withPdf = threadObservations(
      thread,
      ['me@studio.pl'],
      detectInvoice,
      'https://mail.google.com/',
      new Map([['m1', r.facts]]),
    );
    expect(withPdf.observations).toHaveLength(1);
    expect(withPdf.observations[0]).toMatchObject({
      kind: 'invoice',
      invoice: { currency: 'PLN', dueDate: '2026-03-19', amountMinor: r.facts.amountMinor },
    });
  });
});
