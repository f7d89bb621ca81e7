/**
 * Turns zod issues into one message per field, in the UI language. Schemas used by the forms give
 * their own messages as string-table keys (`err.iban`); anything else is worded from the issue's
 * code, so even the stored settings schemas speak the user's language.
 */
import type { z } from 'zod';
import type { OptionsKey } from '@/utils/i18n/options-strings';
import { OPTIONS_STRINGS } from '@/utils/i18n/options-strings';
import type { OptionsT } from '../i18n';

/** Field path ("legal.plnPerEur", "ownEmails.2") → message; the first issue of each field wins. */
export type FieldErrors = Record<string, string>;

type Issue = z.ZodError['issues'][number];

const isKey = (message: string): message is OptionsKey =>
  Object.hasOwn(OPTIONS_STRINGS.en, message);

/** One issue in words. */
export function issueMessage(issue: Issue, t: OptionsT): string {
  if (isKey(issue.message)) return t(issue.message);
  switch (issue.code) {
    case 'too_small':
      return issue.minimum === 1 && issue.origin === 'string'
        ? t('err.required')
        : issue.origin === 'array'
          ? t('err.tooFew', { min: String(issue.minimum) })
          : t('err.tooSmall', { min: String(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('err.tooLong', { max: String(issue.maximum) })
        : issue.origin === 'array'
          ? t('err.tooMany', { max: String(issue.maximum) })
          : t('err.tooBig', { max: String(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email'
        ? t('err.email')
        : issue.format === 'url'
          ? t('err.url')
          : t('err.format');
    case 'invalid_type':
      return t('err.required');
    default:
      return t('err.invalid');
  }
}

/** Messages by field path. */
export function fieldErrors(error: z.ZodError, t: OptionsT): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    out[path] ??= issueMessage(issue, t);
  }
  return out;
}
