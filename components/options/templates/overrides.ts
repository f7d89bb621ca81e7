/**
 * Template overrides as the editor changes them, and the checks on a user's text, worded in the
 * UI language. Pure functions over `TemplateOverrides`.
 */
import {
  PLACEHOLDERS,
  type MessageLanguage,
  type MessageTemplate,
  type TemplateId,
} from '@/utils/templates/catalog';
import {
  TEXTS,
  listPlaceholders,
  templateProblems,
  type TemplateOverrides,
} from '@/utils/templates';
import type { OptionsT } from '../i18n';

export const SUBJECT_MAX = 300;
export const BODY_MAX = 10_000;

/** True when the user has their own text for this template. */
export function isOverridden(
  overrides: TemplateOverrides,
  lang: MessageLanguage,
  id: TemplateId,
): boolean {
  return overrides[lang]?.[id] !== undefined;
}

/** Sets (or, when it equals the built-in text, removes) one override; returns a new object. */
export function withOverride(
  overrides: TemplateOverrides,
  lang: MessageLanguage,
  id: TemplateId,
  tpl: MessageTemplate | null,
): TemplateOverrides {
  const builtIn = TEXTS[lang][id];
  const same = tpl !== null && tpl.subject === builtIn.subject && tpl.body === builtIn.body;
  const forLang = { ...(overrides[lang] ?? {}) };
  if (tpl === null || same) delete forLang[id];
  else forLang[id] = { subject: tpl.subject, body: tpl.body };
  const next: TemplateOverrides = { ...overrides };
  if (Object.keys(forLang).length === 0) delete next[lang];
  else next[lang] = forLang;
  return next;
}

/** The first problem of a subject or body, in words; null when it is fine. */
export function textError(text: string, max: number, t: OptionsT): string | null {
  if (!text.trim()) return t('err.required');
  if (text.length > max) return t('err.tooLong', { max });
  const unknown = listPlaceholders(text).find((name) => !Object.hasOwn(PLACEHOLDERS, name));
  if (unknown) return t('err.placeholder', { name: `{{${unknown}}}` });
  const problem = templateProblems(text)[0];
  if (!problem) return null;
  if (/HTML/i.test(problem)) return t('err.html');
  if (/section/i.test(problem))
    return t('err.section', { detail: problem.replace(/^section\s*/, '') });
  return problem;
}
