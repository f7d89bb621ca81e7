// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DIALOG_SELECTOR as DIALOG_TAG,
  openCaptureDialog,
  type SubmitOutcome,
} from '@/entrypoints/capture/dialog';
import type { CaptureCandidate } from '@/utils/capture/candidate';
import type { CaptureForm } from '@/utils/capture/capture-form';

const candidate: CaptureCandidate = {
  origin: 'schema.org',
  clientName: 'Harbor Logistics Ltd',
  clientEmail: null,
  invoiceNumber: 'INV-2026-031',
  amountMinor: 184050,
  currency: 'EUR',
  issueDate: null,
  dueDate: '2026-12-02',
  paymentStatus: null,
};

function open(
  onSubmit: (form: CaptureForm) => Promise<SubmitOutcome> = async () => ({
    kind: 'done',
    message: 'ok',
  }),
  lang: 'en' | 'he' = 'en',
) {
  const handle = openCaptureDialog(document, candidate, lang, {
    onSubmit,
    mode: 'open',
    doneDelayMs: 10,
    // happy-dom's dispatched events are all untrusted: here they stand for the user's input.
    isUserEvent: () => true,
  });
  const root = handle.host.shadowRoot!;
  const input = (name: keyof CaptureForm) =>
    root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const submit = () =>
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  return { handle, root, input, submit };
}

afterEach(() => document.querySelectorAll(DIALOG_TAG).forEach((n) => n.remove()));

describe('capture dialog', () => {
  it('shows what was found, editable, and focuses the first empty field', () => {
    const { root, input } = open();
    expect(input('clientName').value).toBe('Harbor Logistics Ltd');
    expect(input('amount').value).toBe('1840.50');
    expect(input('currency').value).toBe('EUR');
    expect(input('dueDate').value).toBe('2026-12-02');
    expect(input('clientEmail').value).toBe('');
    expect(root.activeElement).toBe(input('clientEmail'));
    expect(root.textContent).toContain('Read from the invoice data on this page');
  });

  it('Escape closes it and saves nothing', async () => {
    const onSubmit = vi.fn(async (): Promise<SubmitOutcome> => ({ kind: 'done', message: 'ok' }));
    const { handle } = open(onSubmit);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect(handle.closed).resolves.toBe('cancelled');
    expect(document.querySelector(DIALOG_TAG)).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Cancel closes it and saves nothing', async () => {
    const onSubmit = vi.fn(async (): Promise<SubmitOutcome> => ({ kind: 'done', message: 'ok' }));
    const { handle, root } = open(onSubmit);
    const cancel = Array.from(root.querySelectorAll('button')).find(
      (b) => b.textContent === 'Cancel',
    )!;
    cancel.click();
    await expect(handle.closed).resolves.toBe('cancelled');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('hands the edited form to onSubmit and closes after saving', async () => {
    const onSubmit = vi.fn(async (): Promise<SubmitOutcome> => ({
      kind: 'done',
      message: 'Saved.',
    }));
    const { handle, input, submit, root } = open(onSubmit);
    input('clientEmail').value = 'ap@harbor.example';
    input('amount').value = '1 900,00';
    submit();
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toBe('Saved.'));
    expect(onSubmit).toHaveBeenCalledWith({
      clientName: 'Harbor Logistics Ltd',
      clientEmail: 'ap@harbor.example',
      invoiceNumber: 'INV-2026-031',
      amount: '1 900,00',
      currency: 'EUR',
      issueDate: '',
      dueDate: '2026-12-02',
    });
    await expect(handle.closed).resolves.toBe('saved');
  });

  it('shows field errors in words and stays open', async () => {
    const { handle, input, submit, root } = open(async () => ({
      kind: 'errors',
      errors: { amount: 'amountInvalid' },
    }));
    submit();
    await vi.waitFor(() => expect(input('amount').getAttribute('aria-invalid')).toBe('true'));
    expect(root.querySelector('#err-amount')?.textContent).toBe(
      'Enter an amount greater than zero.',
    );
    expect(document.querySelector(DIALOG_TAG)).toBe(handle.host);
  });

  it('keeps the page from seeing keys typed into it', () => {
    const { input } = open();
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    input('clientName').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }),
    );
    document.removeEventListener('keydown', pageListener);
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('is right-to-left in Hebrew', () => {
    const { root } = open(undefined, 'he');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('dir')).toBe('rtl');
    expect(root.querySelector('h2')?.textContent).toBe('הוספת חשבונית');
  });
});

describe('capture dialog against the page (issue 11, finding 4)', () => {
  it('uses a plain element as host, never a name the page could define', () => {
    const handle = openCaptureDialog(document, candidate, 'en', {
      onSubmit: async () => ({ kind: 'done', message: 'ok' }),
    });
    expect(handle.host.tagName).toBe('DIV');
    expect(handle.host.tagName).not.toContain('-');
    // Closed by default: nothing outside reaches the form.
    expect(handle.host.shadowRoot).toBeNull();
    handle.close();
  });

  it('ignores untrusted submit, click and Escape events (a page script is not the user)', async () => {
    const onSubmit = vi.fn(async (): Promise<SubmitOutcome> => ({ kind: 'done', message: 'ok' }));
    // Open only so the test can dispatch inside; the real dialog is closed.
    const handle = openCaptureDialog(document, candidate, 'en', { onSubmit, mode: 'open' });
    const root = handle.host.shadowRoot!;
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    root.querySelector<HTMLButtonElement>('button.primary')!.click();
    root.querySelector<HTMLElement>('.backdrop')!.click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await new Promise((r) => setTimeout(r, 20));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(document.querySelector(DIALOG_TAG)).toBe(handle.host);
    handle.close();
  });
});
