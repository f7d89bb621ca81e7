/**
 * "Capture invoice from this page" and self-hosted Invoice Ninja portals, in the browser.
 *
 * Capture needs no broad host permission: the context-menu click or the popup (opened from the
 * toolbar on that tab) grants `activeTab`, and `scripting.executeScript` injects `/capture.js`,
 * which asks the user to confirm what it found before anything is saved.
 *
 * Invoice Ninja portals on the user's own domain: an extension page (options or popup) calls
 * {@link requestInvoiceNinjaOrigin} from a click handler (browsers only show the permission
 * prompt during a user gesture). Once granted, the invoice-sites content script is registered for
 * that origin and persists across sessions; revoking the permission unregisters it.
 */
import { browser } from '#imports';
import { createT } from '@/utils/i18n/format';
import { captureStrings } from '@/utils/i18n/capture-strings';
import { readUiLanguage } from '@/utils/capture/ui-language';
import { grantCapture } from './capture-grants';

export const CAPTURE_MENU_ID = 'firmly-capture';
/** The unlisted script built from entrypoints/capture/. */
export const CAPTURE_SCRIPT = '/capture.js';
/** The content script built from entrypoints/invoice-sites.content/. */
export const SITES_SCRIPT = '/content-scripts/invoice-sites.js';
const NINJA_SCRIPT_PREFIX = 'firmly-invoice-ninja:';

const log = (...args: unknown[]) => console.warn('[Firmly]', ...args);

/** Injects the capture dialog into a tab (or one frame of it). */
export async function captureTab(tabId: number, frameId?: number): Promise<void> {
  const target = frameId ? { tabId, frameIds: [frameId] } : { tabId };
  await grantCapture(tabId);
  await browser.scripting.executeScript({ target, files: [CAPTURE_SCRIPT] });
}

/** Captures from `tabId`, or from the active tab of the last focused window. */
export async function captureActiveTab(tabId?: number): Promise<{ tabId: number }> {
  const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id === undefined) throw new Error('There is no active tab to capture an invoice from');
  await captureTab(id);
  return { tabId: id };
}

async function menuTitle(): Promise<string> {
  return createT(
    captureStrings,
    await readUiLanguage(browser.storage.local, globalThis.navigator?.languages ?? []),
  )('menuTitle');
}

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CAPTURE_MENU_ID,
    title: await menuTitle(),
    contexts: ['page', 'frame', 'selection'],
  });
}

/** `https://billing.example.org/anything` → `https://billing.example.org/*` (https only). */
export function invoiceNinjaPattern(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'https:') throw new Error(`Invoice Ninja portals must use https: ${origin}`);
  // Match patterns take no port; the host alone is what the user grants.
  return `https://${url.hostname}/*`;
}

/**
 * Asks for access to a self-hosted Invoice Ninja portal and, when granted, runs the invoice-sites
 * content script there from now on. Call it from a user gesture in an extension page.
 * Resolves to false when the user declines.
 */
export async function requestInvoiceNinjaOrigin(origin: string): Promise<boolean> {
  const pattern = invoiceNinjaPattern(origin);
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  const id = NINJA_SCRIPT_PREFIX + pattern;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [pattern],
        js: [SITES_SCRIPT],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return true;
}

/** Stops watching a self-hosted portal and gives its permission back. */
export async function forgetInvoiceNinjaOrigin(origin: string): Promise<void> {
  const pattern = invoiceNinjaPattern(origin);
  await unregisterPatterns([pattern]);
  await browser.permissions.remove({ origins: [pattern] });
}

/** The self-hosted portals the content script is registered for (as match patterns). */
export async function invoiceNinjaPatterns(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .filter((s) => s.id.startsWith(NINJA_SCRIPT_PREFIX))
    .map((s) => s.id.slice(NINJA_SCRIPT_PREFIX.length));
}

async function unregisterPatterns(patterns: readonly string[]): Promise<void> {
  const registered = new Set(await invoiceNinjaPatterns());
  const ids = patterns.filter((p) => registered.has(p)).map((p) => NINJA_SCRIPT_PREFIX + p);
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
}

/** Drops registrations whose permission the user has since revoked (e.g. in the browser's settings). */
async function reconcileInvoiceNinja(): Promise<void> {
  const stale: string[] = [];
  for (const pattern of await invoiceNinjaPatterns()) {
    if (!(await browser.permissions.contains({ origins: [pattern] }))) stale.push(pattern);
  }
  await unregisterPatterns(stale);
}

/**
 * Wires capture and the Invoice Ninja registrations into the background. Listeners are added
 * synchronously, as MV3 service workers require.
 */
export function startCaptureService(): void {
  browser.runtime.onInstalled.addListener(() => {
    createMenu().catch((error: unknown) => log('could not create the capture menu:', error));
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CAPTURE_MENU_ID || tab?.id === undefined) return;
    captureTab(tab.id, info.frameId).catch((error: unknown) => log('capture failed:', error));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.uiSettings) return;
    menuTitle()
      .then((title) => browser.contextMenus.update(CAPTURE_MENU_ID, { title }))
      .catch((error: unknown) => log('could not retitle the capture menu:', error));
  });
  browser.permissions.onRemoved.addListener(({ origins }) => {
    unregisterPatterns(origins ?? []).catch((error: unknown) =>
      log('could not unregister a portal:', error),
    );
  });
  reconcileInvoiceNinja().catch((error: unknown) =>
    log('could not check portal permissions:', error),
  );
}
