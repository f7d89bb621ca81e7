import { browser, defineUnlistedScript } from '#imports';
import { detectInvoice } from '@/utils/detect';
import { readCaptureCandidate } from '@/utils/capture/candidate';
import { readUiLanguage } from '@/utils/capture/ui-language';
import { DIALOG_TAG, openCaptureDialog } from './dialog';
import { saveCapturedForm } from './save';

// Injected on demand (context menu or popup) with scripting.executeScript({ files: ['/capture.js'] }):
// reads the page, then lets the user confirm or edit before anything is saved.
export default defineUnlistedScript(() => {
  // Returns at once: executeScript must not wait for the user to finish the dialog.
  void runCapture();
});

async function runCapture(): Promise<void> {
  // A second click while the dialog is open does not stack another one.
  if (document.querySelector(DIALOG_TAG)) return;
  const candidate = readCaptureCandidate(
    document,
    document.body?.innerText ?? '',
    document.title,
    detectInvoice,
  );
  const lang = await readUiLanguage(browser.storage.local, navigator.languages);
  if (document.querySelector(DIALOG_TAG)) return;
  openCaptureDialog(document, candidate, lang, {
    onSubmit: (form) => saveCapturedForm(form, location.href, lang),
  });
}
