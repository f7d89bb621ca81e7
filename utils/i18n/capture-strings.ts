/**
 * Words of "Capture invoice from this page" (context menu, confirmation dialog) and of the badge
 * on hosted invoice pages: `locales/<lang>/capture.json`. Kept apart so those bundles carry only
 * these.
 */
import { catalogFrom } from './format';
import type en from './locales/en/capture.json';

export type CaptureStringKey = keyof typeof en;

export const captureStrings = catalogFrom<CaptureStringKey>(
  import.meta.glob('./locales/*/capture.json', { eager: true, import: 'default' }),
);
