/**
 * Issue 11, finding 4 for the webmail panel, in Chromium with the production build: a page
 * script on mail.google.com can neither read the panel's balance nor press Record payment →
 * Save; the user's real clicks still record the payment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launch, readStore, serveDocument, waitFor, type Harness } from './harness';
import { panel } from './panel-probe';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d401';

/**
 * The page's attack, run in the page's own world before anything loads: it hooks attachShadow,
 * looks for the panel's host, reads what it can and sends it untrusted clicks, key presses and
 * submits, over and over.
 */
const ATTACK = () => {
  const f = { hosts: 0, hooked: 0, openRoot: 0, sawBalance: 0, buttons: 0, clicks: 0 };
  (window as unknown as { forgery: typeof f }).forgery = f;
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    f.hooked++;
    return attach.call(this, init);
  };
  const attack = (root: ParentNode) => {
    for (const b of root.querySelectorAll('button')) {
      f.buttons++;
      b.click();
    }
  };
  setInterval(() => {
    const host = document.querySelector<HTMLElement>('[data-firmly-panel]');
    if (!host) return;
    f.hosts++;
    // The thread itself states the amount, so look for the panel's own words ("Owes $1,250.00").
    const seen = `${host.innerText} ${host.textContent} ${document.body.innerText}`;
    if (/Owes |Record payment|Firmly/.test(seen) || /1,250/.test(host.textContent ?? ''))
      f.sawBalance++;
    if (host.shadowRoot) {
      f.openRoot++;
      attack(host.shadowRoot);
    }
    attack(host);
    const r = host.getBoundingClientRect();
    for (let y = r.top + 4; y < r.bottom; y += 8)
      for (let x = r.left + 4; x < r.right; x += 24) {
        const el = document.elementFromPoint(x, y) as HTMLElement | null;
        el?.click();
        el?.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
        );
        f.clicks++;
      }
    host.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    host.dispatchEvent(new Event('submit', { bubbles: true, composed: true }));
  }, 100);
};

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

type Row = Record<string, unknown>;

describe('the Gmail panel against a hostile page (issue 11, finding 4)', () => {
  it('the page cannot read the balance nor record a payment; the user can', async () => {
    await serveDocument(
      h.context,
      'https://mail.google.com/**',
      fixture('gmail/thread_en_2026-11__constructed.html'),
    );
    const page = await h.context.newPage();
    await page.addInitScript(ATTACK);
    await page.goto(THREAD_URL);
    await expect.poll(() => panel(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await panel(page).innerText()).toContain('$1,250.00');
    // Give the page time to press everything it can, the payment form included.
    await page.waitForTimeout(1_500);
    const forgery = await page.evaluate(
      () => (window as unknown as { forgery: Record<string, number> }).forgery,
    );
    expect(forgery.hosts).toBeGreaterThan(5); // the attack ran and found the host
    expect(forgery.clicks).toBeGreaterThan(0);
    expect(forgery).toMatchObject({ hooked: 0, openRoot: 0, sawBalance: 0, buttons: 0 });
    const payments = async () =>
      (await readStore<Row>(h.worker, 'events')).filter((e) => e.type === 'payment_received');
    expect(await payments()).toEqual([]);
    expect(await panel(page).locator('input').count()).toBe(0); // the form never opened

    // The user's real clicks: Record payment, then Save (prefilled with what is left).
    await panel(page).getByRole('button', { name: 'Record payment' }).click();
    await panel(page).getByRole('button', { name: 'Save' }).click();
    const paid = await waitFor(async () => ((await payments()).length ? payments() : null));
    expect(paid).toEqual([
      expect.objectContaining({
        type: 'payment_received',
        data: expect.objectContaining({ amountMinor: 125000, currency: 'USD' }),
      }),
    ]);
    await page.close();
  });
});
