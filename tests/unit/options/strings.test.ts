import { describe, expect, it } from 'vitest';
import { OPTIONS_STRINGS, type OptionsKey } from '@/utils/i18n/options-strings';

const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(OPTIONS_STRINGS.en) as OptionsKey[];
// Proper names, codes and the template syntax example are the same in every language.
const SAME_EVERYWHERE = new Set<OptionsKey>(['payment.iban', 'problem.withId']);

describe.each(['pl', 'ru', 'he'] as const)('options strings in %s', (lang) => {
  const table = OPTIONS_STRINGS[lang];

  it('has every key, none empty', () => {
    expect(Object.keys(table).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(table[key].trim(), key).not.toBe('');
  });

  it('uses the same {placeholders} as English', () => {
    for (const key of keys) expect(vars(table[key]), key).toEqual(vars(OPTIONS_STRINGS.en[key]));
  });

  it('is translated, not copied from English', () => {
    const copied = keys.filter(
      (k) => !SAME_EVERYWHERE.has(k) && table[k] === OPTIONS_STRINGS.en[k],
    );
    expect(copied).toEqual([]);
  });
});

describe('Hebrew strings', () => {
  it('are written in Hebrew', () => {
    const he = OPTIONS_STRINGS.he;
    const noHebrew = keys.filter((k) => !SAME_EVERYWHERE.has(k) && !/[\u05D0-\u05EA]/.test(he[k]));
    expect(noHebrew).toEqual([]);
  });
});
