// @vitest-environment happy-dom
/** The panel shows the background's note about each attached PDF read in the thread. */
import { describe, expect, it } from 'vitest';
import { mountPanel, type PanelActions, type PdfNote } from '@/utils/webmail/panel';
import type { ThreadContext } from '@/utils/ledger/thread-context';
import { panelWords } from '@/utils/i18n/panel-strings';

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
  // Opened so the test can read it; in pages the root is closed (panel-trust.test.ts).
  const panel = mountPanel(
    (host) => document.body.append(host),
    {} as PanelActions,
    'en',
    panelWords('en'),
    { mode: 'open' },
  );
  panel.update(ctx, null, pdfs);
  const text = panel.host.shadowRoot!.textContent ?? '';
  panel.destroy();
  return text;
}

describe('panel: notes about attached PDFs', () => {
  it('shows each note the background worded', () => {
    const text = render(['From the attached PDF: PLN 1,968.00, due Mar 19, 2026.']);
    expect(text).toContain('From the attached PDF: PLN 1,968.00, due Mar 19, 2026.');
  });

  it('shows nothing about PDFs when none was read', () => {
    expect(render()).not.toContain('PDF');
  });
});
