// @vitest-environment happy-dom
/**
 * The popup's "To confirm" list (issue 11, findings 1–3): suggestions the trust model kept out of
 * the debt log, confirmed or dismissed by the user through the real background handlers.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { admitObservation } from '@/utils/trust/admit';
import { EMPTY_PROFILE } from '@/utils/trust/model';
import { uiSettings } from '@/utils/settings/store';
import { invoiceObservation } from '../helpers';
import { button, click, eventually, mountApp, preloadViews, rig, unmountAll } from './harness';

const stranger = invoiceObservation({
  number: '2026-099',
  amountMinor: 900000,
  sender: 'billing@attacker.example',
  key: 'gmail:m-forged',
} as never);

beforeAll(preloadViews);
beforeEach(() => fakeBrowser.reset());
afterEach(unmountAll);

describe('popup: pending suggestions', () => {
  it('shows a stranger’s invoice as "To confirm", with its sender as text, and dismisses it', async () => {
    const r = rig();
    await admitObservation(r.db, stranger, EMPTY_PROFILE);
    const { root } = mountApp(r);
    await eventually(() => expect(root.querySelector('[data-pending]')).not.toBeNull());
    const section = root.querySelector('[data-pending]')!;
    expect(section.textContent).toContain('To confirm');
    expect(section.textContent).toContain('Invoice 2026-099');
    expect(section.textContent).toContain('billing@attacker.example');
    expect(await r.db.invoices.count()).toBe(0);
    click(button(section, 'Dismiss'));
    await eventually(() => expect(root.querySelector('[data-pending]')).toBeNull());
    expect((await r.db.pending.get('gmail:m-forged'))?.status).toBe('dismissed');
    expect(await r.db.invoices.count()).toBe(0);
  });

  it('"Always trust" books it, lists the client and remembers the sender', async () => {
    const r = rig();
    await admitObservation(r.db, stranger, EMPTY_PROFILE);
    const { root } = mountApp(r);
    await eventually(() => expect(root.querySelector('[data-pending]')).not.toBeNull());
    click(button(root.querySelector('[data-pending]')!, 'Always trust billing@attacker.example'));
    await eventually(() => expect(root.querySelector('[data-pending]')).toBeNull());
    expect((await r.db.invoices.toArray()).map((i) => i.amountMinor)).toEqual([900000]);
    expect((await uiSettings.get()).billingSenders).toEqual(['billing@attacker.example']);
    await eventually(() => expect(root.textContent).toContain('ACME Corp'));
  });
});
