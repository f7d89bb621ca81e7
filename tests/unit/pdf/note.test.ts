/** The panel's line about an attached PDF: what it gave, and where it overrode the e-mail. */
import { describe, expect, it } from 'vitest';
import { pdfNote } from '@/utils/pdf/note';
import type { DetectedInvoice } from '@/utils/detect';

const facts: DetectedInvoice = {
  kind: 'invoice',
  invoiceNumber: 'INV-2026-103',
  amountMinor: 196800,
  currency: 'PLN',
  issueDate: '2026-03-05',
  dueDate: '2026-03-19',
  confidence: 0.9,
};

describe('pdfNote', () => {
  it('states the amount and due date the PDF gave', () => {
    const note = pdfNote(facts, [], 'en');
    expect(note).toMatch(/^From the attached PDF: PLN\s1,968\.00, due Mar 19, 2026\.$/);
  });

  it('says the PDF overrode the e-mail, with what the e-mail said', () => {
    const note = pdfNote(
      facts,
      [
        { field: 'amount', email: '150000 PLN', pdf: '196800 PLN' },
        { field: 'dueDate', email: '2026-03-31', pdf: '2026-03-19' },
      ],
      'en',
    );
    expect(note).toMatch(/It overrides the e-mail, which said PLN\s1,500\.00, Mar 31, 2026\.$/);
  });

  it('speaks the UI language and marks what the PDF lacks', () => {
    const note = pdfNote({ ...facts, dueDate: null }, [], 'pl');
    expect(note).toMatch(/^Z załączonego PDF: 1\s?968,00\szł, termin —\.$/);
  });
});
