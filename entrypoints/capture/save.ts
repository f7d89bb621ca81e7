/** Saving a confirmed capture: check the form, send one `invoice` observation, word the outcome. */
import type { CaptureForm } from '@/utils/capture/capture-form';
import { captureObservation } from '@/utils/capture/capture-form';
import { type UiLanguage } from '@/utils/i18n';
import { createT } from '@/utils/i18n/format';
import { captureStrings } from '@/utils/i18n/capture-strings';
import { sendMessage } from '@/utils/messaging';
import type { SubmitOutcome } from './dialog';

/** Checks the confirmed form and saves it; the outcome is worded in `lang` for the dialog. */
export async function saveCapturedForm(
  form: CaptureForm,
  pageUrl: string,
  lang: UiLanguage,
): Promise<SubmitOutcome> {
  const t = createT(captureStrings, lang);
  const checked = captureObservation(form, pageUrl, new Date());
  if (!checked.ok) return { kind: 'errors', errors: checked.errors };
  try {
    const { results } = await sendMessage('cs-bg:observe', { observations: [checked.observation] });
    const status = results[0]?.status;
    if (status === 'ignored') return { kind: 'done', message: t('ignored') };
    return { kind: 'done', message: t(status === 'duplicate' ? 'alreadySaved' : 'saved') };
  } catch (error) {
    return {
      kind: 'failed',
      message: t('saveFailed', { message: error instanceof Error ? error.message : String(error) }),
    };
  }
}
