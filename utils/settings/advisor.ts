/**
 * The advisor's settings as a storage item (tone, legal preset, payment details…), validated by
 * the advisor's own schema on every read: a corrupt value falls back to the defaults.
 */
import {
  advisorSettingsSchema,
  defaultAdvisorSettings,
  type AdvisorSettings,
} from '@/utils/advisor/settings';
import { validatedItem } from './store';

export const advisorSettings = validatedItem<AdvisorSettings>(
  'local:advisorSettings',
  advisorSettingsSchema,
  defaultAdvisorSettings,
);
