/**
 * Message templates: the built-in texts per language, the user's overrides on top, rendering.
 */
import type {
  MessageLanguage,
  MessageTemplate,
  PlaceholderValues,
  TemplateId,
  TemplateSet,
} from '@/utils/templates/catalog';
import { renderTemplate, type RenderOptions } from '@/utils/templates/render';
import { TEXTS } from '@/utils/templates/texts/index';

/** User overrides: any language, any template, whole subject+body pairs. */
export type TemplateOverrides = Partial<Record<MessageLanguage, Partial<TemplateSet>>>;

/** The user's version of a template when there is one, else the built-in text. */
export function getTemplate(
  lang: MessageLanguage,
  id: TemplateId,
  overrides?: TemplateOverrides,
): MessageTemplate {
  return overrides?.[lang]?.[id] ?? TEXTS[lang][id];
}

/** Renders template `id` in `lang` with `values`, honouring overrides. */
export function renderMessage(
  lang: MessageLanguage,
  id: TemplateId,
  values: PlaceholderValues,
  overrides?: TemplateOverrides,
  options?: RenderOptions,
): { subject: string; body: string } {
  return renderTemplate(getTemplate(lang, id, overrides), values, options);
}

export { TEXTS } from '@/utils/templates/texts/index';
export {
  renderTemplate,
  listPlaceholders,
  templateProblems,
  assertValidTemplate,
} from '@/utils/templates/render';
export { buildPlaceholderValues, type MessageFacts } from '@/utils/templates/values';
