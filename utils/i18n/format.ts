/**
 * The UI's translator: ICU MessageFormat messages (parsed at build time by
 * `scripts/icu-messages-plugin.ts`) formatted with `intl-messageformat`. A language may lack a
 * key; English, the complete reference, stands in for it key by key.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { UI_LANGUAGES, type UiLanguage } from './index';

/** One language's messages of one area, as the build ships them (parsed). */
export type Messages<K extends string = string> = Record<K, MessageFormatElement[]>;
/** One area's messages in every UI language; English is complete. */
export type Catalog<K extends string> = { en: Messages<K> } & Partial<
  Record<Exclude<UiLanguage, 'en'>, Partial<Messages<K>>>
>;
export type Vars = Record<string, string | number>;
export type T<K extends string> = (key: K, vars?: Vars) => string;

/** The catalog from `import.meta.glob('./locales/*\/<area>.json')`: the folder names the language. */
export function catalogFrom<K extends string>(files: Record<string, unknown>): Catalog<K> {
  const catalog: Partial<Record<UiLanguage, unknown>> = {};
  for (const [path, messages] of Object.entries(files)) {
    const lang = /\/locales\/([^/]+)\//.exec(path)?.[1] ?? '';
    if ((UI_LANGUAGES as readonly string[]).includes(lang)) {
      catalog[lang as UiLanguage] = messages;
    }
  }
  if (!catalog.en) throw new Error('The English messages are missing.');
  return catalog as Catalog<K>;
}

// Element types of the parsed message (the parser's TYPE enum).
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;
const POUND = 7;

/** The names of a message's arguments, nested ones included. */
export function argumentNames(ast: readonly MessageFormatElement[]): Set<string> {
  const names = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === POUND || !('value' in el) || el.type === 0) continue;
      names.add(el.value);
      if (el.type === SELECT || el.type === PLURAL) {
        for (const option of Object.values(el.options)) walk(option.value);
      }
    }
  };
  walk(ast);
  return names;
}

/** A message with only text and plain `{arguments}` back as a `{name}` template, else null. */
export function simpleTemplate(ast: readonly MessageFormatElement[]): string | null {
  let out = '';
  for (const el of ast) {
    if (el.type === 0) out += el.value;
    else if (el.type === ARGUMENT) out += `{${el.value}}`;
    else return null;
  }
  return out;
}

/**
 * A translator for one area: `t('n.days', { n: 3 })`. A value the caller did not pass shows as
 * its `{name}`, as before. Results are plain text; the UI renders them as text nodes, never HTML.
 */
export function createT<K extends string>(
  catalog: Catalog<K>,
  lang: UiLanguage,
  /** What a value the caller did not pass shows as. */
  missing: (name: string) => string = (name) => `{${name}}`,
): T<K> {
  const own = (catalog[lang] ?? {}) as Partial<Messages<K>>;
  const cache = new Map<K, { format: IntlMessageFormat; names: Set<string> }>();
  const compiled = (key: K) => {
    let entry = cache.get(key);
    if (!entry) {
      const mine = own[key];
      const ast = mine ?? catalog.en[key] ?? [{ type: 0, value: key }];
      const format = new IntlMessageFormat(ast as MessageFormatElement[], mine ? lang : 'en');
      entry = { format, names: argumentNames(format.getAst()) };
      cache.set(key, entry);
    }
    return entry;
  };
  return (key, vars = {}) => {
    const { format, names } = compiled(key);
    const values: Vars = {};
    for (const name of names) values[name] = vars[name] ?? missing(name);
    return String(format.format(values));
  };
}
