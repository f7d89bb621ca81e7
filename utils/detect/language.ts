/**
 * Guesses the language of a message from its own words: script first (Hebrew, Cyrillic), then
 * frequent short words and letters typical of each Latin-script language.
 */
import { fold } from '@/utils/detect/text';

// Frequent words per language (folded). A few dozen are enough to tell these languages apart.
const WORDS: Record<string, string> = {
  en: 'the and you your for to of is please thank invoice payment',
  pl: 'i w na z do jest za dla nie faktura faktury platnosci kwota',
  de: 'der die und das sie ihre fur mit von ist rechnung zahlung',
  fr: 'le la les des et vous votre pour est du facture paiement',
  es: 'el los las y que su tu para por del factura pago',
  it: 'il di che per della del fattura pagamento grazie non',
  nl: 'de het een van en voor uw op te factuur betaling',
  pt: 'o os de que do da para seu sua fatura pagamento obrigado',
};

// word → languages that use it
const BY_WORD = new Map<string, string[]>();
for (const [lang, list] of Object.entries(WORDS)) {
  for (const w of list.split(' ')) BY_WORD.set(w, [...(BY_WORD.get(w) ?? []), lang]);
}

// Letters that only one of the candidate languages uses.
const LETTERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['pl', /[ąęłńśźż]/g],
  ['de', /[äöüß]/g],
  ['fr', /[èêàçœ]/g],
  ['es', /[ñ¿¡]/g],
  ['pt', /[ãõç]/g],
];

/**
 * ISO 639-1 code of the language of `text` (en, pl, ru, uk, he, de, fr, es, it, nl, pt), or
 * 'und' when it cannot tell.
 */
export function detectLanguage(text: string): string {
  try {
    const sample = String(text).slice(0, 3000);
    let hebrew = 0;
    let cyrillic = 0;
    let latin = 0;
    let uk = 0;
    let ru = 0;
    for (let i = 0; i < sample.length; i++) {
      const c = sample.charCodeAt(i);
      if (c >= 0x5d0 && c <= 0x5ea) hebrew++;
      else if (c >= 0x400 && c <= 0x4ff) {
        cyrillic++;
        // і ї є ґ are Ukrainian only; ы э ъ ё Russian only.
        if (/[іїєґІЇЄҐ]/.test(sample.charAt(i))) uk++;
        else if (/[ыэъёЫЭЪЁ]/.test(sample.charAt(i))) ru++;
      } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f))
        latin++;
    }
    if (hebrew > latin && hebrew >= cyrillic) return 'he';
    if (cyrillic > latin) return uk > ru ? 'uk' : 'ru';
    const score: Record<string, number> = {};
    for (const w of fold(sample).split(/[^a-z\u00df-\u024f]+/)) {
      for (const lang of BY_WORD.get(w) ?? []) score[lang] = (score[lang] ?? 0) + 1;
    }
    const lower = sample.toLowerCase();
    for (const [lang, re] of LETTERS) {
      score[lang] = (score[lang] ?? 0) + Math.min(3, lower.match(re)?.length ?? 0);
    }
    let best = 'und';
    let bestScore = 0;
    for (const [lang, n] of Object.entries(score)) {
      if (n > bestScore) {
        best = lang;
        bestScore = n;
      }
    }
    return best;
  } catch {
    return 'und';
  }
}
