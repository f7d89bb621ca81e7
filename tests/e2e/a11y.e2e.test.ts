/**
 * Accessibility in real Chromium (issue 14, item 8): axe-core checks the popup (list and a
 * client), the options page and the Gmail panel in light, dark and Hebrew (right to left), and
 * the test fails on any serious or critical violation, colour contrast (WCAG AA) included.
 * Screenshots of each view go to .output/screenshots/ for review.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { closeCopy, openCopy, panel } from './panel-probe';
import { fixture, launch, openPopup, serveDocument, waitFor, type Harness } from './harness';

const SHOTS = resolve('.output/screenshots');
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d401';

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe-core's serious and critical findings on `page` (within `include` when given), as lines a
 * person can act on. Injected through the debugger, so the page's CSP does not apply.
 */
async function serious(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async (selector) => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Finding[] }> };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations;
  }, include ?? null);
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${n.failureSummary ?? v.help}`,
      ),
    );
}

type Look = { name: string; uiLanguage: 'en' | 'he'; theme: 'light' | 'dark' };
const LOOKS: Look[] = [
  { name: 'light', uiLanguage: 'en', theme: 'light' },
  { name: 'dark', uiLanguage: 'en', theme: 'dark' },
  { name: 'he', uiLanguage: 'he', theme: 'light' },
];

let h: Harness;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await launch();
  await serveDocument(
    h.context,
    'https://mail.google.com/**',
    fixture('gmail/thread_en_2026-11__constructed.html'),
  );
  // A client with an invoice and a reply, so every part of the views has something to show.
  const page = await h.context.newPage();
  await page.goto(THREAD_URL);
  if (!(await waitFor(() => panel(page).count(), 20_000))) throw new Error('no panel');
  await page.close();
}, 60_000);
afterAll(async () => h?.close());

async function setLook(page: Page, look: Look) {
  await page.evaluate(
    (l) => chrome.storage.local.set({ uiSettings: { uiLanguage: l.uiLanguage, theme: l.theme } }),
    look,
  );
}

describe.each(LOOKS)('axe-core: $name', (look) => {
  it('popup list and client view: no serious or critical violations', async () => {
    const popup = await openPopup(h);
    await popup.setViewportSize({ width: 420, height: 640 });
    await setLook(popup, look);
    await popup.reload();
    await popup.waitForSelector('.client-row', { timeout: 15_000 });
    expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe(look.theme);
    expect(await serious(popup)).toEqual([]);
    await popup.screenshot({ path: join(SHOTS, `popup-${look.name}.png`) });
    await popup.locator('.client-row').first().click();
    await popup.waitForSelector('.msg-subject, .sug-sent, .suggestion .muted', { timeout: 15_000 });
    await popup.waitForSelector('.timeline', { timeout: 15_000 });
    expect(await serious(popup)).toEqual([]);
    await popup.screenshot({ path: join(SHOTS, `popup-client-${look.name}.png`), fullPage: true });
    await popup.close();
  });

  it('options page: no serious or critical violations', async () => {
    const page = await openPopup(h, 'options.html');
    await setLook(page, look);
    await page.reload();
    await page.waitForSelector('#payment', { timeout: 15_000 });
    expect(await serious(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `options-${look.name}.png`), fullPage: true });
    await page.close();
  });

  it('Gmail panel: no serious or critical violations, Gmail light or dark', async () => {
    const settings = await openPopup(h);
    await setLook(settings, look);
    await settings.close();
    const page = await h.context.newPage();
    if (look.theme === 'dark') {
      // Gmail's own dark theme: a dark page whatever the system says.
      const dark = fixture('gmail/thread_en_2026-11__constructed.html').replace(
        /<head>/i,
        '<head><style>html, body { background: #1f1f1f; color: #e3e3e3; }</style>',
      );
      await page.route('https://mail.google.com/**', (r) =>
        r.request().resourceType() === 'document'
          ? r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: dark })
          : r.fulfill({ status: 404, body: '' }),
      );
    }
    await page.goto(THREAD_URL);
    await expect.poll(() => panel(page).count(), { timeout: 20_000 }).toBe(1);
    const copy = await openCopy(page);
    expect(copy).not.toBeNull();
    expect(await serious(page, copy!)).toEqual([]);
    await closeCopy(page);
    await page.screenshot({ path: join(SHOTS, `gmail-panel-${look.name}.png`) });
    await page.close();
  });
});
