/** Tokenising replies: contractions, elisions, Hebrew clitics, clauses, verbatim spans. */
import { describe, expect, it } from 'vitest';
import { guessLanguage } from '@/utils/advisor/language';
import { hebrewVariants, normalizeWord, splitWord, tokenize } from '@/utils/advisor/normalize';

describe('normalizeWord', () => {
  it('folds case and diacritics the same way for text and lexicon', () => {
    expect(normalizeWord('Otrzymaliśmy')).toBe('otrzymalismy');
    expect(normalizeWord('Łódź')).toBe('lodz');
    expect(normalizeWord('Größe')).toBe('grosse');
    expect(normalizeWord('reçu')).toBe('recu');
    expect(normalizeWord('счёт')).toBe('счет');
    expect(normalizeWord('שָׁלוֹם')).toBe('שלומ');
  });
});

describe('splitWord', () => {
  it.each([
    ["can't", ['can', 'not']],
    ["won't", ['will', 'not']],
    ["didn't", ['did', 'not']],
    ['dont', ['do', 'not']],
    ['cannot', ['can', 'not']],
    ["we'll", ['we', 'will']],
    ["n'avons", ['ne', 'avons']],
    ["l'instant", ['l', 'instant']],
    ['п’ятницю', ['пятницю']],
  ])('%s → %j', (word, parts) => {
    expect(splitWord(word)).toEqual(parts);
  });
});

describe('hebrewVariants', () => {
  it('offers the word without its clitic prefixes', () => {
    expect(hebrewVariants(normalizeWord('ושלא'))).toEqual(['ושלא', 'שלא', 'לא']);
    expect(hebrewVariants(normalizeWord('בחשבונית'))).toContain('חשבונית');
    expect(hebrewVariants('invoice')).toEqual(['invoice']);
  });
});

describe('tokenize', () => {
  it('keeps verbatim spans and splits clauses at commas and contrastive words', () => {
    const text = "We're not refusing, we just can't pay until January";
    const tokens = tokenize(text);
    const refusing = tokens.find((t) => t.norm === 'refusing');
    const pay = tokens.find((t) => t.norm === 'pay');
    expect(refusing && text.slice(refusing.start, refusing.end)).toBe('refusing');
    expect(refusing?.clause).not.toBe(pay?.clause);
    const but = tokenize('We paid but the invoice is wrong');
    expect(but.find((t) => t.norm === 'paid')?.clause).not.toBe(
      but.find((t) => t.norm === 'wrong')?.clause,
    );
  });

  it('does not end a sentence at the dot of a date before a lower-case word', () => {
    const tokens = tokenize('Die Rechnung wird am 15.12. bezahlt. Danke');
    const sentence = (w: string) => tokens.find((t) => t.norm === w)?.sentence;
    expect(sentence('wird')).toBe(sentence('bezahlt'));
    expect(sentence('danke')).not.toBe(sentence('bezahlt'));
  });
});

describe('guessLanguage', () => {
  it.each([
    ['We did not receive the invoice from you', 'en'],
    ['Nie otrzymaliśmy jeszcze tej faktury od Pana', 'pl'],
    ['Мы ещё не получили счёт', 'ru'],
    ['Ми ще не отримали рахунок', 'uk'],
    ['לא קיבלנו את החשבונית', 'he'],
    ['Wir haben die Rechnung noch nicht erhalten', 'de'],
    ["Nous n'avons pas reçu la facture", 'fr'],
    ['No hemos recibido la factura', 'es'],
  ] as const)('%s → %s', (text, lang) => {
    expect(guessLanguage(text, tokenize(text))).toBe(lang);
  });

  it('does not guess from too little', () => {
    expect(guessLanguage('OK', tokenize('OK'))).toBeNull();
  });
});
