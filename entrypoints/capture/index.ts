import { browser, defineUnlistedScript } from '#imports';
import { detectInvoice } from '@/utils/detect';
import { readCaptureCandidate } from '@/utils/capture/candidate';
import { readUiLanguage } from '@/utils/capture/ui-language';
import { openCaptureDialog } from './dialog';
import { saveCapturedForm } from './save';

// Injected on demand (context menu or popup) with scripting.executeScript({ files: ['/capture.js'] }):
// reads the page, then lets the user confirm or edit before anything is saved.
export default defineUnlistedScript(() => {
  // Returns at once: executeScript must not wait for the user to finish the dialog.
  void runCapture();
});

/**
 * Kept in this script's isolated world (the page cannot see or set it), not looked up in the
 * page's DOM, where the page could plant a look-alike to block capture.
 */
const state = globalThis as { firmlyCaptureOpen?: boolean };

async function runCapture(): Promise<void> {
  // A second click while the dialog is open does not stack another one.
  if (state.firmlyCaptureOpen) return;
  state.firmlyCaptureOpen = true;
  try {
    await openDialog();
  } catch (error) {
    state.firmlyCaptureOpen = false;
    throw error;
  }
}

async function openDialog(): Promise<void> {
  const candidate = readCaptureCandidate(
    document,
    document.body?.innerText ?? '',
    document.title,
    detectInvoice,
  );
  const lang = await readUiLanguage(browser.storage.local, navigator.languages);
  const { closed } = openCaptureDialog(document, candidate, lang, {
    onSubmit: (form) => saveCapturedForm(form, location.href, lang),
  });
  void closed.then(() => (state.firmlyCaptureOpen = false));
}
