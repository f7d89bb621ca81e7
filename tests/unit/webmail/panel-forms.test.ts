// @vitest-environment happy-dom
/**
 * Issue 14, the Gmail panel's forms and looks: labelled fields with their errors, a payment date,
 * follow-up presets that show their dates plus any date and time, the popup's names for stages
 * and steps, and a theme that follows the page (Gmail's own dark theme), not the system.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThreadContext } from '@/utils/ledger/thread-context';
import { panelWords } from '@/utils/i18n/panel-strings';
import { mountPanel, type PanelActions } from '@/utils/webmail/panel';

const ctx = {
  client: { id: 'c1', name: 'Acme', emails: ['ap@acme.example'], language: null, domain: '' },
  owed: [{ currency: 'EUR', amountMinor: 120_000 }],
  overdue: [{ currency: 'EUR', amountMinor: 120_000 }],
  daysOverdue: 12,
  open: [{ invoiceId: 'i1', number: 'INV-1', currency: 'EUR', remainingMinor: 120_000 }],
  lastStep: { type: 'reason_recorded', at: '2026-11-20T10:00:00.000Z' },
  lastReason: null,
  suggestion: {
    stage: 'overdue_gentle',
    rationale: 'Twelve days late.',
    subject: 'Invoice INV-1',
    body: 'Hello',
    language: 'en',
    nothingDue: false,
  },
  recordedMessageIds: [],
} as unknown as ThreadContext;

function actions() {
  return {
    insert: vi.fn(async () => 'inserted' as const),
    openDraft: vi.fn(),
    markSent: vi.fn(async () => {}),
    recordPayment: vi.fn(async () => {}),
    setFollowup: vi.fn(async () => {}),
    notClient: vi.fn(async () => {}),
    confirmReason: vi.fn(async () => {}),
  } satisfies PanelActions;
}

function mount(lang: 'en' | 'he' = 'en') {
  const a = actions();
  const panel = mountPanel((host) => document.body.append(host), a, lang, panelWords(lang), {
    mode: 'open',
    isUserEvent: () => true,
  });
  panel.update(ctx, null);
  const root = panel.host.shadowRoot!;
  const button = (label: string | RegExp) =>
    [...root.querySelectorAll('button')].find((b) =>
      typeof label === 'string' ? b.textContent === label : label.test(b.textContent ?? ''),
    )!;
  const submit = () =>
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  return { a, panel, root, button, submit };
}

const field = (root: ShadowRoot, label: string) => {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent === label);
  return l ? root.getElementById(l.htmlFor) : null;
};
const settle = () => new Promise((r) => setTimeout(r, 10));

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
});

describe('panel: record payment', () => {
  it('labels every field and has a date, today by default', () => {
    const { root, button } = mount();
    button('Record payment').click();
    for (const label of ['Amount', 'Currency', 'Invoice', 'Paid on'])
      expect(field(root, label), label).not.toBeNull();
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    expect((field(root, 'Paid on') as HTMLInputElement).value).toBe(
      `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`,
    );
  });

  it('refuses a bad amount and a future date beside the field, recording nothing', async () => {
    const { a, root, button, submit } = mount();
    button('Record payment').click();
    const amount = field(root, 'Amount') as HTMLInputElement;
    amount.value = 'lots';
    submit();
    await settle();
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(root.getElementById(amount.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /digits/,
    );
    amount.value = '100';
    (field(root, 'Paid on') as HTMLInputElement).value = '2999-01-01';
    submit();
    await settle();
    expect(root.textContent).toContain('cannot have arrived in the future');
    expect(a.recordPayment).not.toHaveBeenCalled();
  });

  it('records an earlier day at its noon, local time', async () => {
    const { a, root, button, submit } = mount();
    button('Record payment').click();
    (field(root, 'Amount') as HTMLInputElement).value = '250';
    (field(root, 'Paid on') as HTMLInputElement).value = '2026-01-05';
    submit();
    await settle();
    expect(a.recordPayment).toHaveBeenCalledWith({
      amountMinor: 25_000,
      currency: 'EUR',
      invoiceId: 'i1',
      at: new Date('2026-01-05T12:00:00').toISOString(),
    });
  });
});

describe('panel: follow-up', () => {
  it('shows each preset with its date, and takes any future date and time', async () => {
    const { a, root, button, submit } = mount();
    button('Set follow-up').click();
    expect(button(/^Tomorrow · .+/).textContent).toMatch(/\d/);
    expect(button(/^Next Monday · /)).toBeTruthy();
    const custom = field(root, 'Other date and time') as HTMLInputElement;
    custom.value = '2001-01-01T09:00';
    submit();
    await settle();
    expect(root.textContent).toContain('Pick a moment in the future.');
    expect(a.setFollowup).not.toHaveBeenCalled();
    custom.value = '2099-03-04T15:30';
    submit();
    await settle();
    expect(a.setFollowup).toHaveBeenCalledWith(new Date('2099-03-04T15:30'));
  });
});

describe('panel: words and looks', () => {
  it('names the stage and the last step as the popup does, in Hebrew too', () => {
    const en = mount('en').root.textContent ?? '';
    expect(en).toContain('Next step · Gentle reminder');
    expect(en).toContain('Last: Reason noted');
    expect(en).not.toMatch(/overdue gentle|reason recorded/i);
    document.body.replaceChildren();
    const he = mount('he').root.textContent ?? '';
    expect(he).not.toMatch(/overdue|reason recorded|negotiate|next step/i);
  });

  it('follows the page: dark card on a dark page, light card on a light one', () => {
    document.body.style.background = 'rgb(31, 31, 31)';
    expect(mount().root.querySelector('.card')!.getAttribute('data-theme')).toBe('dark');
    document.body.replaceChildren();
    document.body.style.background = 'rgb(255, 255, 255)';
    expect(mount().root.querySelector('.card')!.getAttribute('data-theme')).toBe('light');
  });
});
