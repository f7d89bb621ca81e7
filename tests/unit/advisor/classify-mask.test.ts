/** What the classifier reads of a reply: quoted messages, signatures and footers are blanked. */
import { describe, expect, it } from 'vitest';
import { classifyReply } from '@/utils/advisor';
import { maskQuoted } from '@/utils/advisor/normalize';

const NOW = new Date(2026, 10, 23, 12);

describe('maskQuoted', () => {
  it('blanks the quoted reminder under an attribution and keeps offsets', () => {
    const text =
      'Thanks, talk tomorrow.\n\nOn Mon, 2 Jun 2025, Anna wrote:\n> If you already paid, ignore this.';
    const masked = maskQuoted(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain('Thanks, talk tomorrow.');
    expect(masked).not.toMatch(/paid/);
    expect(classifyReply(text, NOW).reason).toBe('unknown');
  });

  it('keeps a bottom-posted reply below the quote', () => {
    const text = 'Anna wrote:\n> Invoice 12 is overdue.\n\nWe paid it yesterday.';
    expect(maskQuoted(text)).toContain('We paid it yesterday.');
    expect(classifyReply(text, NOW).reason).toBe('already_paid');
  });

  it('cuts a signature after a closing line, but not a reply after "Thanks!"', () => {
    expect(maskQuoted('We will pay on Friday, sorry.\nBest,\nMark Ross\nCFO')).not.toContain(
      'Mark',
    );
    expect(maskQuoted('Hi Anna,\nThanks!\nWe will pay on Friday.')).toContain('pay on Friday');
  });

  it('ignores a confidentiality footer and an Outlook header block', () => {
    const text =
      'Payment will go out on Friday.\n\nThis e-mail is confidential; if you received it in error, delete it.\nFrom: Anna\nSent: Monday\nSubject: Invoice\nWe have not received your payment.';
    expect(classifyReply(text, NOW).reason).toBe('promise_to_pay');
  });

  it('returns the text unchanged when everything would be blanked', () => {
    expect(maskQuoted('> Paid yesterday.')).toBe('> Paid yesterday.');
  });
});
