// @vitest-environment happy-dom
/**
 * Issue 11, finding 4 for the webmail panel: page code must not read the balance nor press
 * Record payment → Save. The real panel is closed and acts on trusted (user) events only.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ThreadContext } from '@/utils/ledger/thread-context';
import { panelWords } from '@/utils/i18n/panel-strings';
import { mountPanel, PANEL_ATTR, type PanelActions } from '@/utils/webmail/panel';

const ctx = {
  client: { id: 'c1', name: 'Acme', emails: ['ap@acme.example'], language: null, domain: '' },
  owed: [{ currency: 'EUR', amountMinor: 120_000 }],
  overdue: [{ currency: 'EUR', amountMinor: 120_000 }],
  daysOverdue: 12,
  open: [{ invoiceId: 'i1', number: 'INV-1', currency: 'EUR', remainingMinor: 120_000 }],
  lastStep: null,
  lastReason: null,
  suggestion: null,
  recordedMessageIds: [],
} as unknown as ThreadContext;

function actions(): PanelActions & { recordPayment: ReturnType<typeof vi.fn> } {
  return {
    insert: vi.fn(async () => 'inserted' as const),
    openDraft: vi.fn(),
    markSent: vi.fn(async () => {}),
    recordPayment: vi.fn(async () => {}),
    setFollowup: vi.fn(async () => {}),
    notClient: vi.fn(async () => {}),
    confirmReason: vi.fn(async () => {}),
  };
}

const mount = (a: PanelActions, options?: Parameters<typeof mountPanel>[4]) => {
  const panel = mountPanel(
    (host) => document.body.append(host),
    a,
    'en',
    panelWords('en'),
    options,
  );
  panel.update(ctx, null);
  return panel;
};

/** Record payment, then Save, as `click` presses buttons. */
function recordAndSave(root: ShadowRoot) {
  const button = (label: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;
  button('Record payment').click();
  button('Save')?.click();
}

describe('webmail panel against the page (issue 11, finding 4)', () => {
  it('is a plain <div> host with a closed shadow root: the page sees no balance', () => {
    const panel = mount(actions());
    expect(panel.host.tagName).toBe('DIV');
    expect(panel.host.hasAttribute(PANEL_ATTR)).toBe(true);
    expect(panel.host.shadowRoot).toBeNull();
    expect(document.body.textContent).not.toContain('1,200');
    panel.destroy();
  });

  it('ignores untrusted clicks: a page script cannot press Record payment → Save', async () => {
    const a = actions();
    // Open only so the test can reach inside, as a page with the reference would.
    const panel = mount(a, { mode: 'open' });
    const root = panel.host.shadowRoot!;
    expect(root.textContent).toContain('€1,200.00');
    recordAndSave(root);
    await new Promise((r) => setTimeout(r, 10));
    expect(root.querySelector('input')).toBeNull(); // the payment form never opened
    expect(a.recordPayment).not.toHaveBeenCalled();
    panel.destroy();
  });

  it('acts on the user’s clicks (events the test stands in for)', async () => {
    const a = actions();
    const panel = mount(a, { mode: 'open', isUserEvent: () => true });
    recordAndSave(panel.host.shadowRoot!);
    await new Promise((r) => setTimeout(r, 10));
    // Issue 14: the panel's payment form has a date too (today unless changed).
    expect(a.recordPayment).toHaveBeenCalledWith({
      amountMinor: 120_000,
      currency: 'EUR',
      invoiceId: 'i1',
      at: expect.any(String),
    });
    panel.destroy();
  });
});
