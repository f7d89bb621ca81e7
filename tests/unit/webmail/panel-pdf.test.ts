// @vitest-environment happy-dom
/** The panel says what an attached PDF read, and when the PDF overrode the e-mail's body. */
import { describe, expect, it } from 'vitest';
import { mountPanel, type PanelActions, type PdfNote } from '@/utils/webmail/panel';
import type { ThreadContext } from '@/utils/ledger/thread-context';

const ctx: ThreadContext = {
  client: { id: 'c1', name: 'Klient', emails: ['a@klient.example'], language: null, domain: '' },
  owed: [],
  overdue: [],
  daysOverdue: 0,
  open: [],
  lastStep: null,
  lastReason: null,
  suggestion: null,
  recordedMessageIds: [],
};

function render(pdfs?: PdfNote[]): string {
  const panel = mountPanel((host) => document.body.append(host), {} as PanelActions, 'en');
  panel.update(ctx, null, pdfs);
  const text = panel.host.shadowRoot!.textContent ?? '';
  panel.destroy();
  return text;
}

describe('panel: facts from an attached PDF', () => {
  it('shows the amount and due date the PDF gave', () => {
    const text = render([
      { amountMinor: 196800, currency: 'PLN', dueDate: '2026-03-19', overrides: [] },
    ]);
    expect(text).toContain('From the attached PDF');
    expect(text).toContain('1,968.00');
    expect(text).toContain('Mar 19, 2026');
    expect(text).not.toContain('overrides the e-mail');
  });

  it('says so when the PDF overrode the e-mail, with what the e-mail said', () => {
    const text = render([
      {
        amountMinor: 196800,
        currency: 'PLN',
        dueDate: '2026-03-19',
        overrides: [
          { field: 'amount', email: '150000 PLN', pdf: '196800 PLN' },
          { field: 'dueDate', email: '2026-03-31', pdf: '2026-03-19' },
        ],
      },
    ]);
    expect(text).toContain('It overrides the e-mail, which said');
    expect(text).toContain('1,500.00');
    expect(text).toContain('Mar 31, 2026');
  });

  it('shows nothing about PDFs when none was read', () => {
    expect(render()).not.toContain('PDF');
  });
});
