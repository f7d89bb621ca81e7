/**
 * Issue 11 in real Chromium with the built extension: what comes through a page cannot write
 * the debt log.
 * - finding 1: a stranger's invoice e-mail, served at the real Gmail URL, books no debt; the
 *   popup asks the user ("To confirm");
 * - finding 3: a Stripe page whose issuer is not the user records nothing;
 * - finding 4: a page that defines `firmly-capture-dialog` itself, watches the DOM and sends
 *   synthetic events cannot reach or submit the capture dialog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  fixture,
  launch,
  openPopup,
  readStore,
  serveDocument,
  waitFor,
  type Harness,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

type Row = Record<string, unknown>;
const store = (name: string) => readStore<Row>(h.worker, name);

describe('finding 1: a stranger’s invoice e-mail in Gmail', () => {
  it('books no debt and waits in the popup for the user', async () => {
    // The constructed English thread, its first message now from a stranger to the client with
    // the user (sam@…, the account in the title) in Cc.
    const html = fixture('gmail/thread_en_2026-11__constructed.html')
      .replace(
        'email="sam@carterdesign.example" name="Sam Carter" data-hovercard-id="sam@carterdesign.example" class="gD">Sam Carter</span> <span class="go"><span aria-hidden="true">&lt;</span>sam@carterdesign.example',
        'email="billing@attacker.example" name="Billing" data-hovercard-id="billing@attacker.example" class="gD">Billing</span> <span class="go"><span aria-hidden="true">&lt;</span>billing@attacker.example',
      )
      .replace(
        'email="ap@northwind.example" name="Northwind Accounts Payable" data-hovercard-id="ap@northwind.example"',
        'email="sam@carterdesign.example" name="Sam Carter" data-hovercard-id="sam@carterdesign.example"',
      );
    expect(html).toContain('billing@attacker.example');
    await serveDocument(h.context, 'https://mail.google.com/**', html);
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d401');
    const pending = await waitFor(async () => {
      const rows = await store('pending');
      return rows.length ? rows : null;
    }, 15_000);
    expect(pending).toEqual([
      expect.objectContaining({ reason: 'unknown_billing_sender', status: 'pending' }),
    ]);
    await page.waitForTimeout(1_000);
    expect(await store('invoices')).toEqual([]);
    expect((await store('events')).filter((e) => e.type === 'invoice_seen')).toEqual([]);

    const popup = await openPopup(h);
    const section = popup.locator('[data-pending]');
    await expect.poll(() => section.count(), { timeout: 10_000 }).toBe(1);
    const text = await section.innerText();
    expect(text).toContain('INV-2026-014');
    expect(text).toContain('billing@attacker.example');
    await section.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => section.count(), { timeout: 10_000 }).toBe(0);
    expect(await store('invoices')).toEqual([]);
    await popup.close();
    await page.close();
    await h.context.unroute('https://mail.google.com/**');
  });
});

describe('finding 3: an invoice page from another issuer', () => {
  it('records nothing (it may be a bill the user pays) and asks instead', async () => {
    const html = fixture('capture/stripe-open-late-render__constructed.html').replaceAll(
      'Acme Design Studio',
      'Hosting Co',
    );
    await serveDocument(h.context, 'https://invoice.stripe.com/**', html);
    const page = await h.context.newPage();
    await page.goto('https://invoice.stripe.com/i/acct_1Nv0FGQ9RKHgCVdK/live_other?s=em');
    const asked = await waitFor(
      async () => (await store('pending')).find((p) => p.reason === 'unknown_issuer'),
      15_000,
    );
    expect(asked).toMatchObject({ approve: { list: 'approvedIssuers', value: 'Hosting Co' } });
    expect(await store('invoices')).toEqual([]);
    expect(await store('clients')).toEqual([]);
    expect(await page.locator('firmly-invoice-badge').count()).toBe(0);
    await page.close();
    await h.context.unroute('https://invoice.stripe.com/**');
  });
});

/**
 * CONSTRUCTED page (not a real site): the attack of issue 11, finding 4. It defines the custom
 * element name the dialog used to have (its constructor calls attachInternals(), which exposes a
 * closed shadow root), watches for anything Firmly adds, and tries to fill in and submit it.
 */
const FORGERY_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Invoice FORGED-1</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Invoice","confirmationNumber":"FORGED-1",
"customer":{"@type":"Organization","name":"Victim Client","email":"ap@victim.example"},
"totalPaymentDue":{"@type":"PriceSpecification","price":"99999.00","priceCurrency":"EUR"}}</script>
<script>
window.forgery = { constructed: 0, internalsRoot: 0, openRoot: 0, forms: 0, submitted: 0 };
class Spy extends HTMLElement {
  constructor() {
    super();
    window.forgery.constructed++;
    try { const i = this.attachInternals(); if (i.shadowRoot) window.forgery.internalsRoot++; } catch (e) {}
  }
}
customElements.define('firmly-capture-dialog', Spy);
function attack(root) {
  for (const form of root.querySelectorAll('form')) {
    window.forgery.forms++;
    for (const input of form.querySelectorAll('input')) {
      if (input.name === 'invoiceNumber') input.value = 'FORGED-1';
      if (input.name === 'amount') input.value = '99999';
    }
    form.requestSubmit();
    form.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    for (const b of form.querySelectorAll('button')) b.click();
    window.forgery.submitted++;
  }
}
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) {
    if (!(node instanceof HTMLElement)) continue;
    if (node.shadowRoot) { window.forgery.openRoot++; attack(node.shadowRoot); }
    attack(node);
    node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  }
}).observe(document.documentElement, { childList: true, subtree: true });
</script></head>
<body><h1>Invoice FORGED-1</h1><p>Amount due: €99,999.00</p></body></html>`;

describe('finding 4: the capture dialog against a hostile page', () => {
  it('the page cannot reach, fill in or submit it; only the user can', async () => {
    const url = 'https://forge.example/invoice/FORGED-1';
    await serveDocument(h.context, 'https://forge.example/**', FORGERY_PAGE);
    const popup = await openPopup(h);
    const page = await h.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    await clickToolbarButton(h, page);
    const reply = await popup.evaluate(
      () =>
        new Promise<{ err?: { message: string } }>((resolve) =>
          chrome.runtime.sendMessage(
            { id: 1, type: 'ui-bg:captureActiveTab', data: {}, timestamp: Date.now() },
            resolve,
          ),
        ),
    );
    expect(reply.err).toBeUndefined();
    const dialog = page.locator('div[data-firmly-capture]');
    expect(await waitFor(async () => (await dialog.count()) === 1, 5_000)).toBe(true);
    await page.waitForTimeout(1_500);
    const forgery = await page.evaluate(
      () => (window as unknown as { forgery: Record<string, number> }).forgery,
    );
    // The page's own element was never used, and no shadow root or form was reachable.
    expect(forgery).toEqual({
      constructed: 0,
      internalsRoot: 0,
      openRoot: 0,
      forms: 0,
      submitted: 0,
    });
    expect(await dialog.count()).toBe(1);
    expect(await store('invoices')).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ number: 'FORGED-1' })]),
    );
    // The user closes it: nothing was saved.
    await page.keyboard.press('Escape');
    expect(await waitFor(async () => (await dialog.count()) === 0, 3_000)).toBe(true);
    expect((await store('invoices')).some((i) => i.number === 'FORGED-1')).toBe(false);
    await page.close();
    await popup.close();
  });
});
