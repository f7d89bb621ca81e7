/**
 * Launches Debian's Chromium with the built extension (.output/chrome-mv3) in a fresh profile,
 * with the network closed: pages are served from fixtures at their real URLs via context.route.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT_DIR = resolve('tests/output');

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launch(
  profileDir = mkdtempSync(join(tmpdir(), 'firmly-e2e-')),
  extensionDir = EXTENSION_DIR,
): Promise<Harness> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Nothing leaves the machine: any request not routed by a test gets an empty 404.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.fulfill({ status: 404, body: '' });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profileDir,
    async close(opts) {
      await context.close();
      if (!opts?.keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Serves `html` for documents under `urlPrefix` (e.g. https://mail.google.com/), 404 for the rest. */
export async function serveDocument(
  context: BrowserContext,
  urlGlob: string,
  html: string,
): Promise<void> {
  await context.route(urlGlob, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
}

export function fixture(path: string): string {
  return readFileSync(resolve('tests/fixtures', path), 'utf8');
}

/** Reads a whole object store of the `firmly` database inside the service worker. */
export async function readStore<T = Record<string, unknown>>(
  worker: Worker,
  store: string,
): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolveRead, reject) => {
        const open = indexedDB.open('firmly');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolveRead([]);
            return;
          }
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolveRead(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** Polls `fn` until it returns a truthy value or the timeout passes. */
export async function waitFor<T>(
  fn: () => Promise<T>,
  timeoutMs = 10_000,
  stepMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await fn();
  while (!last && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, stepMs));
    last = await fn();
  }
  return last;
}

export async function openPopup(h: Harness, path = 'popup.html'): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

/**
 * Clicks the extension's toolbar button on `page`'s tab (CDP Extensions.triggerAction), which is
 * what grants `activeTab` to a real user.
 */
export async function clickToolbarButton(h: Harness, page: Page): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser CDP access');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
    targetInfos: { targetId: string; url: string }[];
  };
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await cdp.send(
    'Extensions.triggerAction' as never,
    { id: h.extensionId, targetId: tab.targetId } as never,
  );
  await cdp.detach();
}
