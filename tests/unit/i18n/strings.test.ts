/**
 * The UI's message files (`utils/i18n/locales/<lang>/<area>.json`, docs/translating.md): every
 * registered language has every area's file with exactly English's keys, each message is valid
 * ICU MessageFormat with the same arguments (names and kinds: plain, plural, select) as English,
 * plurals use the language's CLDR categories, and no English is left untranslated except the
 * allowlisted names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { UI_LANGUAGES } from '@/utils/i18n';
import { simpleTemplate } from '@/utils/i18n/format';
import { ICU_PARSE_OPTIONS } from '../../../scripts/icu-messages-plugin';
import { SAME_IN_EVERY_LANGUAGE } from './allowlist';
import { PENDING_LANGUAGES, TRANSLATED_LANGUAGES } from './languages';

const ROOT = join(import.meta.dirname, '../../../utils/i18n/locales');
const AREAS = ['popup', 'options', 'panel', 'capture', 'notice', 'rationale'] as const;

const read = (lang: string, area: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, lang, `${area}.json`), 'utf8')) as Record<string, string>;

/** `name:kind` of every argument, nested ones included (kind: arg, plural, select…). */
function signature(ast: readonly MessageFormatElement[]): string[] {
  const KIND = ['', 'arg', 'number', 'date', 'time', 'select', 'plural', '', 'tag'];
  const out = new Set<string>();
  const walk = (els: readonly MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === 0 || el.type === 7) continue;
      out.add(`${el.value}:${KIND[el.type]}`);
      if (el.type === 5 || el.type === 6) for (const o of Object.values(el.options)) walk(o.value);
      if (el.type === 8) walk(el.children);
    }
  };
  walk(ast);
  return [...out].sort();
}

function plurals(ast: readonly MessageFormatElement[]): string[][] {
  const out: string[][] = [];
  const walk = (els: readonly MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === 6) out.push(Object.keys(el.options));
      if (el.type === 5 || el.type === 6) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(ast);
  return out;
}

/** The words of a message that are not allowlisted names, placeholders, numbers or punctuation. */
function ownWords(message: string): string {
  let text = message.replace(/\{[^{}]*\}/g, ' ');
  for (const name of SAME_IN_EVERY_LANGUAGE) {
    const word = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu'), ' ');
  }
  return text.replace(/[\p{P}\p{S}\p{N}\s]+/gu, '');
}

const english = Object.fromEntries(AREAS.map((a) => [a, read('en', a)])) as Record<
  (typeof AREAS)[number],
  Record<string, string>
>;

describe('UI message files', () => {
  it('exist for every registered language, and only for those', () => {
    const folders = readdirSync(ROOT).sort();
    expect(folders).toEqual([...TRANSLATED_LANGUAGES].sort());
    for (const lang of PENDING_LANGUAGES) {
      // A pending language's files landed: remove it from PENDING_LANGUAGES (tests/unit/i18n).
      expect(existsSync(join(ROOT, lang)), `${lang} is no longer pending`).toBe(false);
      expect(UI_LANGUAGES).toContain(lang);
    }
  });

  it('English messages are valid ICU', () => {
    for (const area of AREAS)
      for (const [key, message] of Object.entries(english[area]))
        expect(() => parse(message, ICU_PARSE_OPTIONS), `en/${area} ${key}`).not.toThrow();
  });

  it('panel messages are plain templates (content scripts carry no formatter)', () => {
    const notPlain = Object.entries(english.panel)
      .filter(([key]) => !key.startsWith('pdf.'))
      .filter(([, m]) => simpleTemplate(parse(m, ICU_PARSE_OPTIONS)) === null)
      .map(([key]) => key);
    expect(notPlain).toEqual([]);
  });

  describe.each(TRANSLATED_LANGUAGES.filter((l) => l !== 'en'))('%s', (lang) => {
    const categories = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);

    it.each(AREAS)('%s.json: same keys as English', (area) => {
      const file = join(ROOT, lang, `${area}.json`);
      expect(existsSync(file), `${lang}/${area}.json is missing`).toBe(true);
      const keys = Object.keys(read(lang, area));
      const en = Object.keys(english[area]);
      expect(
        en.filter((k) => !keys.includes(k)),
        'missing keys',
      ).toEqual([]);
      expect(
        keys.filter((k) => !en.includes(k)),
        'extra keys',
      ).toEqual([]);
    });

    it.each(AREAS)('%s.json: valid ICU, same arguments, its plural categories', (area) => {
      const messages = read(lang, area);
      const problems: string[] = [];
      for (const [key, message] of Object.entries(messages)) {
        const source = english[area][key];
        if (source === undefined) continue;
        let ast: MessageFormatElement[];
        try {
          ast = parse(message, ICU_PARSE_OPTIONS);
        } catch (e) {
          problems.push(`${key}: invalid ICU (${String(e)})`);
          continue;
        }
        const want = signature(parse(source, ICU_PARSE_OPTIONS));
        const got = signature(ast);
        if (want.join() !== got.join()) problems.push(`${key}: arguments ${got} ≠ ${want}`);
        for (const options of plurals(ast)) {
          const words = options.filter((o) => !o.startsWith('='));
          const wrong = words.filter((o) => !categories.has(o as Intl.LDMLPluralRule));
          const lacking = [...categories].filter((c) => !words.includes(c));
          if (wrong.length) problems.push(`${key}: ${lang} has no plural category ${wrong}`);
          if (lacking.length) problems.push(`${key}: plural lacks ${lacking}`);
        }
        if (message.trim() === '') problems.push(`${key}: empty`);
      }
      expect(problems).toEqual([]);
    });

    it.each(AREAS)('%s.json: translated, no English left', (area) => {
      const messages = read(lang, area);
      const copied = Object.entries(messages)
        .filter(([key, m]) => m === english[area][key] && ownWords(m) !== '')
        .map(([key]) => key);
      expect(copied).toEqual([]);
    });
  });
});
