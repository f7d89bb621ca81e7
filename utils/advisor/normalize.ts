/**
 * Text normalisation for the reply classifier: tokens with their original spans (so evidence is
 * quoted verbatim), lower-cased, diacritics stripped (the lexicons are normalised the same way,
 * so "otrzymaliśmy" and "otrzymalismy" meet), English contractions and French elisions split,
 * Hebrew final letters unified and clitic prefixes (ו ש ה ל ב מ כ) offered as variants.
 */

export interface Token {
  /** Normalised form. */
  norm: string;
  /**
   * Forms a lexicon stem may match: `norm`, Hebrew forms without clitic prefixes, the loose
   * Cyrillic form and German umlauts written out (see wordVariants).
   */
  variants: string[];
  /** Span in the original text. */
  start: number;
  end: number;
  /** Index of the sentence and of the clause (negation never crosses a clause). */
  sentence: number;
  clause: number;
}

const HEBREW_FINALS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
const HEBREW_PREFIXES = new Set(['ו', 'ש', 'ה', 'ל', 'ב', 'מ', 'כ']);
const HEBREW = /[\u05D0-\u05EA]/;
const ASCII = /^[\x20-\x7e]*$/;

/** Normalises one word: lower case, no diacritics, ł→l, ß→ss, Hebrew finals → regular letters. */
export function normalizeWord(word: string): string {
  // Plain ASCII has no diacritics, ß, ł, Hebrew finals or ё: lower case is all (the common case).
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ךםןףץ]/g, (c) => HEBREW_FINALS[c] ?? c)
    .replace(/ё/g, 'е');
}

const EN_NOT_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const EN_SUFFIX: Record<string, string> = {
  re: 'are',
  ve: 'have',
  ll: 'will',
  m: 'am',
  d: 'would',
  s: 's',
};
/** Contractions written without the apostrophe, common in quick replies. */
const EN_BARE_NOT =
  /^(do|does|did|is|was|were|are|have|has|had|could|would|should|ca|wo|must|need)nt$/;
const FR_ELISION = /^(l|d|n|j|m|t|s|c|qu|jusqu|lorsqu|puisqu)['’ʼ](.+)$/;
const APOSTROPHES = /['’ʼ`"״׳]/g;

/** Splits one raw word into normalised pieces (contractions and elisions become two tokens). */
export function splitWord(raw: string): string[] {
  const word = normalizeWord(raw);
  const notForm = /^(.+?)n['’ʼ]t$/.exec(word);
  if (notForm?.[1]) return [EN_NOT_BASE[notForm[1]] ?? notForm[1], 'not'];
  if (word === 'cannot') return ['can', 'not'];
  const bare = EN_BARE_NOT.exec(word);
  if (bare?.[1]) return [EN_NOT_BASE[bare[1]] ?? bare[1], 'not'];
  const elision = FR_ELISION.exec(word);
  if (elision?.[1] && elision[2])
    return [elision[1] === 'n' ? 'ne' : elision[1], elision[2].replace(APOSTROPHES, '')];
  const suffix = /^([a-z]+)['’ʼ](re|ve|ll|m|d|s)$/.exec(word);
  if (suffix?.[1] && suffix[2]) return [suffix[1], EN_SUFFIX[suffix[2]] ?? suffix[2]];
  return [word.replace(APOSTROPHES, '')];
}

const CYRILLIC = /[\u0400-\u04FF]/;
/** Latin letters typed inside Cyrillic words (keyboard layout slips, look-alikes). */
const LATIN_IN_CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
};

/**
 * A looser spelling used only for matching: Ukrainian і/ї/є/ґ fold into и/е/г (typed on a Russian
 * keyboard, "перевирте" for "перевірте"), Latin look-alikes inside Cyrillic words become Cyrillic.
 * Lexicon stems are folded the same way, so folding never loses a match.
 */
export function looseForm(norm: string): string {
  if (!CYRILLIC.test(norm)) return norm;
  return norm
    .replace(/[aceiopxy]/g, (c) => LATIN_IN_CYRILLIC[c] ?? c)
    .replace(/[іїи]/g, 'и')
    .replace(/є/g, 'е')
    .replace(/ґ/g, 'г');
}

/** German umlauts written out ("ueberwiesen", "pruefen", "Gruesse") as they fold in lexicons. */
function umlautVariant(norm: string): string | null {
  if (norm.length < 5 || !/^[a-z]+$/.test(norm) || !/[aou]e/.test(norm)) return null;
  const folded = norm.replace(/([aou])e/g, '$1');
  return folded === norm ? null : folded;
}

/** Every form a lexicon stem may match for one normalised word. */
export function wordVariants(norm: string): string[] {
  const variants = hebrewVariants(norm);
  const loose = looseForm(norm);
  if (loose !== norm) variants.push(loose);
  const umlaut = umlautVariant(norm);
  if (umlaut) variants.push(umlaut);
  return variants;
}

/** Hebrew clitic prefixes peeled off one letter at a time (up to three), keeping ≥ 2 letters. */
export function hebrewVariants(norm: string): string[] {
  const variants = [norm];
  if (!HEBREW.test(norm)) return variants;
  let rest = norm;
  for (let i = 0; i < 3 && rest.length > 2 && HEBREW_PREFIXES.has(rest.charAt(0)); i++) {
    rest = rest.slice(1);
    variants.push(rest);
  }
  return variants;
}

/** Words that open a new clause: negation before them does not reach past them. */
const CLAUSE_WORDS = new Set(
  [
    'but',
    'however',
    'although',
    'though',
    'because',
    'since',
    'so',
    'and',
    'while',
    'whereas',
    'ale',
    'lecz',
    'bo',
    'poniewaz',
    'wiec',
    'oraz',
    'natomiast',
    'но',
    'потому',
    'поэтому',
    'и',
    'зато',
    'але',
    'проте',
    'бо',
    'і',
    'й',
    'а',
    'אבל',
    'אך',
    'אולמ',
    'כי',
    'למרות',
    // "aber", "doch", "jedoch" are also mid-clause particles; the comma before them splits anyway.
    'sondern',
    'weil',
    'und',
    'obwohl',
    'mais',
    'cependant',
    'pourtant',
    'car',
    'parce',
    'et',
    'puisque',
    'pero',
    'sino',
    'aunque',
    'porque',
    'y',
  ].map(normalizeWord),
);

/** A month after an ordinal dot ("am 15. Dezember"): the dot does not end the sentence. */
const ORDINAL_MONTH = /^(jan|feb|m[aä]r|apr|mai|jun|jul|aug|sep|okt|nov|dez)[\p{L}]*$/iu;
const WORD = /[\p{L}\p{N}]+(?:['’ʼ"״׳][\p{L}\p{N}]+)*/gu;
const SENTENCE_BREAK = /[.!?\n…]/;
const CLAUSE_BREAK = /[,;:()\u2013\u2014\-–—]/;

/**
 * The last text tokenised and its tokens: one reply is read by the lexicon, the clause reader,
 * the date finder and the evidence quoter in turn, and tokenising it once keeps that linear.
 * Tokens are shared between those readers, which never modify them.
 */
let lastTokenized: { text: string; tokens: readonly Token[] } | null = null;

/** Tokenises `text` into normalised tokens with sentence and clause indices. */
export function tokenize(text: string): Token[] {
  if (lastTokenized?.text === text) return lastTokenized.tokens.slice();
  const tokens = tokenizeText(text);
  lastTokenized = { text, tokens };
  return tokens.slice();
}

/**
 * Words read per reply. A client states why they have not paid in far fewer words (the longest
 * reply of the corpus, tests/fixtures/replies, has 146); the rest of a 20,000-character reply is not
 * read, so every pass over the tokens (lexicon, clauses, dates, features) stays bounded.
 */
export const MAX_TOKENS = 4000;

/**
 * The pieces of one raw word with their variants, remembered (bounded): replies repeat their
 * words, and normalising each distinct word once keeps long replies cheap. Variant arrays are
 * shared between tokens of the same word; readers never modify them.
 */
const pieceMemo = new Map<string, { piece: string; variants: string[] }[]>();
function wordPieces(raw: string): { piece: string; variants: string[] }[] {
  let pieces = pieceMemo.get(raw);
  if (!pieces) {
    pieces = splitWord(raw).map((piece) => ({ piece, variants: wordVariants(piece) }));
    if (pieceMemo.size >= 4096) pieceMemo.clear();
    pieceMemo.set(raw, pieces);
  }
  return pieces;
}

/** How much of `text` its tokens cover: all of it, or up to the last word read (MAX_TOKENS). */
export function readExtent(text: string, tokens: readonly Token[]): number {
  return tokens.length >= MAX_TOKENS ? (tokens[tokens.length - 1]?.end ?? 0) : text.length;
}

function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (tokens.length >= MAX_TOKENS) break;
    const start = m.index ?? 0;
    const gap = text.slice(last, start);
    // A sentence ends at ! ? … or a line break, or at a full stop followed by space — except the
    // dot of a date or ordinal ("am 15.12. bezahlt") before a lower-case word or a month name
    // ("für den 15. Dezember").
    const prev = tokens[tokens.length - 1];
    const dateDot =
      !!prev &&
      /^\d{1,4}$/.test(prev.norm) &&
      /^\.\s+$/.test(gap) &&
      (/^\p{Ll}/u.test(m[0]) || (/^\d{1,2}$/.test(prev.norm) && ORDINAL_MONTH.test(m[0])));
    if (/[!?\n…]/.test(gap) || (SENTENCE_BREAK.test(gap) && /\s/.test(gap) && !dateDot)) {
      sentence++;
      clause++;
    } else if (CLAUSE_BREAK.test(gap)) clause++;
    last = start + m[0].length;
    for (const { piece, variants } of wordPieces(m[0])) {
      if (!piece) continue;
      if (CLAUSE_WORDS.has(piece)) {
        clause++;
        continue;
      }
      tokens.push({
        norm: piece,
        variants,
        start,
        end: last,
        sentence,
        clause,
      });
    }
  }
  return tokens;
}

/** "On … wrote:", "Am … schrieb:", "Le … a écrit :", "… написал(а):", "… כתב/ה:" */
const ATTRIBUTION =
  /(wrote|schrieb|a\s+écrit|a\s+ecrit|escribió|escribio|napisał\(a\)|napisał|napisała|napisal|написал\(а\)|написала?|написав\(ла\)|написав|написала|пише|כתב\(ה\)|כתבה|כתב)\s*:?\s*$/iu;
/** "-----Original Message-----" and its translations, forwarded-message banners. */
const ORIGINAL_BANNER =
  /^[\s_*-]*(original message|forwarded message|oryginalna wiadomość|wiadomość oryginalna|wiadomość przekazana|ursprüngliche nachricht|originalnachricht|weitergeleitete nachricht|message d'origine|message d’origine|message transféré|mensaje original|mensaje reenviado|исходное сообщение|пересылаемое сообщение|пересланное сообщение|оригінальне повідомлення|переслане повідомлення|הודעה מקורית|הודעה שהועברה)/iu;
/** The first line of an e-mail header block quoted by Outlook-style clients. */
const HEADER_FROM = /^\s*\**(from|od|von|de|от|від|מאת)\s*\**\s*:/iu;
const HEADER_OTHER =
  /^\s*\**(sent|date|to|subject|wysłano|data|do|temat|gesendet|datum|an|betreff|envoyé|date|à|objet|enviado|fecha|para|asunto|отправлено|дата|кому|тема|надіслано|відправлено|נשלח|תאריך|אל|נושא)\s*\**\s*:/iu;
/** "-- " signature delimiter, underscore rules. */
const SIGNATURE_RULE = /^\s*(--|—|_{3,}|-{3,})\s*$/u;
/** Mobile and client footers. */
const SENT_FROM =
  /^\s*(sent from|get outlook|wysłane z|von meinem|gesendet von|envoyé de|enviado desde|отправлено с|надіслано з|נשלח מ)/iu;
/** Legal footers. */
const CONFIDENTIAL =
  /(confidential|privileged|vertraulich|confidentiel|confidencial|poufn|конфиденциальн|конфіденційн|חסוי|סודי)/iu;
/** A closing line on its own ("Best,", "Pozdrawiam", "С уважением,", "בברכה"). */
const VALEDICTION =
  /^\s*(best|best regards|best wishes|kind regards|warm regards|regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely|yours truly|yours|br|pozdrawiam|pozdrawiam serdecznie|serdecznie pozdrawiam|z poważaniem|z wyrazami szacunku|pozdrowienia|dziękuję|dzięki|с уважением|всего доброго|всего хорошего|спасибо|заранее спасибо|з повагою|з найкращими побажаннями|дякую|בברכה|תודה|תודה רבה|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|liebe grüße|herzliche grüße|gruß|grüße|mfg|lg|vg|danke|cordialement|bien cordialement|bien à vous|salutations|bonne journée|merci|merci beaucoup|un saludo|saludos|saludos cordiales|atentamente|un abrazo|gracias|muchas gracias)[\s,.!]*$/iu;

const hasLetters = (s: string) => /\p{L}/u.test(s);
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/**
 * The client's own words of a reply: quoted lines ("> …"), the quoted earlier message under an
 * attribution ("On … wrote:") or an "Original Message" banner or header block, the signature
 * (after "--" or a closing line followed by a short block) and legal or mobile footers are blanked
 * with spaces. Offsets are kept, so evidence is still quoted from the original text. A text that
 * would be left empty is returned unchanged.
 */
export function maskQuoted(text: string): string {
  if (lastMasked?.text === text) return lastMasked.masked;
  const masked = maskText(text);
  lastMasked = { text, masked };
  return masked;
}

/** The last reply masked (the classifier's layers each mask the same reply). */
let lastMasked: { text: string; masked: string } | null = null;

function maskText(text: string): string {
  const lines = text.split('\n');
  const keep = lines.map(() => true);
  // Running totals over the lines above the current one (their `keep` is final by then), and the
  // next non-blank line of each, so the pass stays linear on hostile input (thousands of blank or
  // closing lines).
  let contentAbove = false;
  let wordsAbove = 0;
  const nextFilled: number[] = new Array<number>(lines.length);
  for (let k = lines.length - 1, next = -1; k >= 0; k--) {
    nextFilled[k] = next;
    if ((lines[k] ?? '').trim() !== '') next = k;
  }
  const quoted = (l: string | undefined) => l !== undefined && /^\s*>/.test(l);
  const boundary = (l: string) =>
    quoted(l) ||
    ATTRIBUTION.test(l) ||
    ORIGINAL_BANNER.test(l) ||
    HEADER_FROM.test(l) ||
    SIGNATURE_RULE.test(l) ||
    SENT_FROM.test(l) ||
    (CONFIDENTIAL.test(l) && words(l) >= 6);
  let cut = lines.length;
  for (let i = 0; i < lines.length && i < cut; i++) {
    if (i > 0 && keep[i - 1]) {
      const above = lines[i - 1] ?? '';
      contentAbove ||= hasLetters(above);
      wordsAbove += words(above);
    }
    const line = lines[i] ?? '';
    if (quoted(line)) {
      keep[i] = false;
      continue;
    }
    const nextAt = nextFilled[i] ?? -1;
    const next = nextAt >= 0 ? lines[nextAt] : undefined;
    // An attribution may wrap onto a second line ("On Tue, …, Anna <a@b.c>\nwrote:").
    const attribution =
      ATTRIBUTION.test(line) ||
      (!!next && ATTRIBUTION.test(next) && words(next) <= 3 && /\d/.test(line));
    if (attribution && words(line) <= 25) {
      // Bottom-posting: the attribution heads "> " lines and the reply may follow them.
      if (quoted(next) || (next && ATTRIBUTION.test(next) && quoted(lines[i + 2]))) {
        keep[i] = false;
        continue;
      }
      if (contentAbove) cut = i;
      continue;
    }
    const header =
      HEADER_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => HEADER_OTHER.test(l));
    if (ORIGINAL_BANNER.test(line) || header || SIGNATURE_RULE.test(line) || SENT_FROM.test(line)) {
      if (contentAbove) cut = i;
      continue;
    }
    if (CONFIDENTIAL.test(line) && words(line) >= 6 && contentAbove) {
      cut = i;
      continue;
    }
    if (VALEDICTION.test(line) && wordsAbove >= 4) {
      // Only a closing when what follows looks like a signature: a few short lines that are not
      // sentences, up to the quoted message or footer if any. Seven lines already say "no".
      const rest: string[] = [];
      for (let k = i + 1; k < lines.length && rest.length <= 6; k++) {
        const l = lines[k] ?? '';
        if (boundary(l)) break;
        if (l.trim() !== '') rest.push(l);
      }
      const signature =
        rest.length <= 6 && rest.every((l) => words(l) <= 6 && !/[.!?]\s*$/.test(l));
      if (signature) cut = i;
    }
  }
  const masked = lines
    .map((l, k) => (k >= cut || !keep[k] ? l.replace(/[^\n]/g, ' ') : l))
    .join('\n');
  return hasLetters(masked) ? masked : text;
}
