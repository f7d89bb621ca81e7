/**
 * Tabs where the user opened the capture dialog, so its save is accepted from whatever site the
 * tab shows (and no other tab's). Kept in session storage: the service worker may stop while the
 * user fills the dialog in.
 */
import { storage } from '#imports';

/** How long after opening the dialog its save is accepted. */
const GRANT_MS = 60 * 60 * 1000;

const grants = storage.defineItem<Record<string, number>>('session:captureGrants', {
  fallback: {},
});

/** Remembers that the user asked to capture from `tabId`. */
export async function grantCapture(tabId: number, now = Date.now()): Promise<void> {
  const current = await grants.getValue();
  const live = Object.fromEntries(Object.entries(current).filter(([, until]) => until > now));
  await grants.setValue({ ...live, [String(tabId)]: now + GRANT_MS });
}

/** True while a capture the user opened in `tabId` may still be saved. */
export async function captureGranted(tabId: number, now = Date.now()): Promise<boolean> {
  return ((await grants.getValue())[String(tabId)] ?? 0) > now;
}
