/**
 * The store's screenshots (1280×800, as the Chrome Web Store and AMO ask): the popup, the options
 * page and the Gmail panel in each of the 8 UI languages, after the extension has read a Gmail
 * thread (constructed fixture, see tests/fixtures/gmail/README.md). Each shot checks the page
 * speaks the language (its `lang`, `dir` for Hebrew) before it is taken. `npm run store` copies
 * them into .output/store/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_LANGUAGES } from '../../utils/i18n';
import { panel } from './panel-probe';
import {
  fixture,
  launch,
  openPopup,
  OUTPUT_DIR,
  readStore,
  serveDocument,
  waitFor,
  type Harness,
} from './harness';

const SHOTS = join(OUTPUT_DIR, 'store-screenshots');
const SIZE = { width: 1280, height: 800 };
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d401';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

let h: Harness;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await launch();
  await serveDocument(
    h.context,
    'https://mail.google.com/**',
    fixture('gmail/thread_en_2026-11__constructed.html'),
  );
  const page = await h.context.newPage();
  await page.goto(THREAD_URL);
  await waitFor(async () => (await readStore(h.worker, 'invoices')).length > 0, 15_000);
  await page.close();
});
afterAll(async () => h?.close());

describe.each(UI_LANGUAGES)('store screenshots in %s', (lang) => {
  const shot = async (name: string, take: (path: string) => Promise<unknown>) => {
    const path = join(SHOTS, `${lang}-${name}.png`);
    await take(path);
    expect(pngSize(path)).toEqual(SIZE);
  };

  beforeAll(async () => {
    await h.worker.evaluate(
      (uiLanguage) => chrome.storage.local.set({ uiSettings: { uiLanguage, theme: 'light' } }),
      lang,
    );
  });

  it('popup', async () => {
    const page = await openPopup(h);
    await page.setViewportSize(SIZE);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'he' ? 'rtl' : 'ltr');
    await page.getByText('Dana Lee').first().waitFor();
    await shot('popup', (path) => page.screenshot({ path }));
    await page.close();
  });

  it('options', async () => {
    const page = await openPopup(h, 'options.html');
    await page.setViewportSize(SIZE);
    const root = page.locator('.options-page');
    await expect.poll(() => root.getAttribute('lang')).toBe(lang);
    expect(await root.getAttribute('dir')).toBe(lang === 'he' ? 'rtl' : 'ltr');
    await page.locator('#ui-language').waitFor();
    await shot('options', (path) => page.screenshot({ path }));
    await page.close();
  });

  it('Gmail panel', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize(SIZE);
    await page.goto(THREAD_URL);
    await expect.poll(() => panel(page).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => panel(page).innerText()).toContain('Dana Lee');
    await shot('gmail-panel', (path) => page.screenshot({ path }));
    await page.close();
  });
});
