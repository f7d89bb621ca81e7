/**
 * Reaches into the webmail panel's CLOSED shadow root (issue 11, finding 4) the way only a
 * debugger can: the DevTools protocol describes a host's shadow roots whatever their mode
 * (DOM.describeNode with `pierce`). Page scripts have no such way in, and Playwright locators
 * cannot pierce closed roots, so the tests keep driving the production build through this.
 * Clicks are real mouse input at the element's position (trusted events), as the user's are.
 *
 * The interface mirrors the few Locator methods the tests used: `count`, `innerText`,
 * `locator(css)` and `getByRole('button', { name })`.
 */
import type { CDPSession, Page } from 'playwright-core';

const HOST = '[data-firmly-panel]';
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page
      .context()
      .newCDPSession(page)
      .then(async (cdp) => {
        await cdp.send('DOM.enable');
        return cdp;
      });
    sessions.set(page, s);
  }
  return s;
}

/** The objectId of the shadow root of the `index`-th panel host, or null. */
async function shadowRoot(page: Page, index: number): Promise<string | null> {
  const cdp = await session(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelectorAll(${JSON.stringify(HOST)})[${index}] ?? null`,
  });
  if (!result.objectId) return null;
  const { node } = await cdp.send('DOM.describeNode', {
    objectId: result.objectId,
    depth: 1,
    pierce: true,
  });
  void cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const root = node.shadowRoots?.[0];
  if (!root) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
  return object.objectId ?? null;
}

/**
 * Runs `fn(root, arg, find)` in the page against the first panel's shadow root; null without
 * one. Sent as source through the debugger, so the page's CSP (no eval) does not apply.
 */
async function inRoot<A, T>(
  page: Page,
  fn: (root: ShadowRoot, arg: A, pick: typeof find) => T,
  arg: A,
) {
  const objectId = await shadowRoot(page, 0);
  if (!objectId) return null;
  const cdp = await session(page);
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function (root, arg) { return (${fn.toString()})(root, arg, ${find.toString()}); }`,
    arguments: [{ objectId }, { value: arg }],
    returnByValue: true,
  });
  void cdp.send('Runtime.releaseObject', { objectId });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'probe failed');
  return result.value as T;
}

/** Picks an element inside the card: `css` (the first match) or a button by its text. */
type Target = { css: string } | { button: string };

function find(root: ShadowRoot, target: Target): HTMLElement | null {
  if ('css' in target)
    return root.querySelector('.card')?.querySelector<HTMLElement>(target.css) ?? null;
  return (
    [...root.querySelectorAll<HTMLElement>('.card button')].find(
      (b) => b.textContent?.trim() === target.button,
    ) ?? null
  );
}

/** Clicks like the user: real mouse input at the element's centre (a trusted event). */
async function click(page: Page, target: Target) {
  const at = await inRoot(
    page,
    (root, target: Target, pick) => {
      const el = pick(root, target);
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    target,
  );
  if (!at) throw new Error(`panel: nothing to click for ${JSON.stringify(target)}`);
  await page.mouse.click(at.x, at.y);
}

/** Reads from the element `target` (or the card): its text, value or how many match. */
function read(page: Page, target: Target | null, what: 'text' | 'value' | 'count') {
  return inRoot(
    page,
    (root, arg: { target: Target | null; what: string }, pick) => {
      if (arg.what === 'count' && arg.target && 'css' in arg.target)
        return root.querySelector('.card')?.querySelectorAll(arg.target.css).length ?? 0;
      const el = arg.target ? pick(root, arg.target) : root.querySelector<HTMLElement>('.card');
      if (arg.what === 'count') return el ? 1 : 0;
      if (!el) throw new Error(`panel: no ${JSON.stringify(arg.target)}`);
      return arg.what === 'value' ? (el as HTMLSelectElement).value : el.innerText;
    },
    { target, what },
  );
}

function element(page: Page, target: Target) {
  return {
    count: async () => (await read(page, target, 'count')) ?? 0,
    innerText: async () => String(await read(page, target, 'text')),
    inputValue: async () => String(await read(page, target, 'value')),
    click: () => click(page, target),
    /** Sets the select's value; the panel reads it when a button is clicked. */
    selectOption: async (value: string) => {
      const ok = await inRoot(
        page,
        (root, arg: { css: string; value: string }) => {
          const select = root.querySelector('.card')?.querySelector<HTMLSelectElement>(arg.css);
          if (!select) return false;
          select.value = arg.value;
          return select.value === arg.value;
        },
        { css: 'css' in target ? target.css : 'select', value },
      );
      if (!ok) throw new Error(`panel: cannot select ${value}`);
    },
  };
}

/** The panel in `page`, as seen from outside its closed shadow root. */
export function panel(page: Page) {
  return {
    /** How many panel hosts hold a rendered card. */
    count: async () => {
      const hosts = await page.locator(HOST).count();
      let cards = 0;
      for (let i = 0; i < hosts; i++) {
        const objectId = await shadowRoot(page, i);
        if (!objectId) continue;
        const cdp = await session(page);
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId,
          functionDeclaration: 'function () { return !!this.querySelector(".card"); }',
          returnByValue: true,
        });
        if (result.value) cards++;
      }
      return cards;
    },
    innerText: async () => String(await read(page, null, 'text')),
    locator: (css: string) => element(page, { css }),
    getByRole: (_role: 'button', opts: { name: string }) => element(page, { button: opts.name }),
  };
}

/**
 * Copies the closed panel into an OPEN shadow root on a host placed right after it, so tools
 * that walk open shadow DOM (axe-core) can check what the user sees: same nodes, same styles,
 * same place in the page. Returns the copy's host selector, or null without a panel.
 */
export async function openCopy(page: Page): Promise<string | null> {
  const objectId = await shadowRoot(page, 0);
  if (!objectId) return null;
  const cdp = await session(page);
  await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function () {
      document.querySelector('[data-firmly-copy]')?.remove();
      const original = this.host;
      const host = document.createElement('div');
      host.setAttribute('data-firmly-copy', '');
      for (const a of original.attributes) if (a.name !== 'data-firmly-panel') host.setAttribute(a.name, a.value);
      const open = host.attachShadow({ mode: 'open' });
      for (const n of this.childNodes) open.append(n.cloneNode(true));
      original.after(host);
      original.style.display = 'none';
    }`,
    returnByValue: true,
  });
  void cdp.send('Runtime.releaseObject', { objectId });
  return '[data-firmly-copy]';
}

/** Removes the copy and shows the real panel again. */
export async function closeCopy(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelector('[data-firmly-copy]')?.remove();
    const real = document.querySelector<HTMLElement>('[data-firmly-panel]');
    if (real) real.style.display = '';
  });
}
