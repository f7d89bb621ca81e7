/**
 * Text normalisation shared by every detector. All functions keep string length unchanged where
 * noted, so an index found in the folded copy points at the same character in the original.
 */

// Letters of the supported scripts (Latin, Cyrillic, Hebrew). Unicode property escapes are an
// order of magnitude slower on two-byte strings, so regexes use this class instead.
const LETTERS = 'a-zA-Z\\u00c0-\\u024f\\u0400-\\u04ff\\u05d0-\\u05ea';

/**
 * Compiles a regex whose source writes letters as `[\p{L}]` and digits as `[\p{N}]` (always
 * inside brackets), replaced by plain ranges that stay fast on any string; `~` stands for any
 * letters, the usual ending of a stem.
 */
export function rx(src: string, flags = ''): RegExp {
  const body = src
    .replace(/~/g, '[\\p{L}]*')
    .replace(/\\p\{[lL]\}/g, LETTERS)
    .replace(/\\p\{[nN]\}/g, '0-9');
  return new RegExp(body, 'u' + flags);
}

/** Left word boundary that works for Cyrillic and Hebrew too (JS `\b` is ASCII-only). */
export const WB = '(?<![\\p{L}\\p{N}])';

/** Builds a regex from vocabulary with a left word boundary; the source is folded, so write words naturally. */
export function vocab(src: string, flags = ''): RegExp {
  return rx(WB + '(?:' + fold(src) + ')', flags);
}

const foldCache = new Map<string, string>();

/** Folds one character: lower case, Latin diacritics removed, ł→l, ё→е; same length or unchanged. */
function foldChar(c: string): string {
  const hit = foldCache.get(c);
  if (hit !== undefined) return hit;
  let out = c.toLowerCase();
  if (out === 'ł') out = 'l';
  else if (out === 'ё') out = 'е';
  else if (out === 'ø') out = 'o';
  else if (/[\u00c0-\u024f]/.test(out)) out = out.normalize('NFD').charAt(0);
  if (out.length !== c.length) out = c;
  foldCache.set(c, out);
  return out;
}

/**
 * Lower-cases and strips Latin diacritics without changing the length of the string, so that
 * vocabulary written with or without accents ("płatność", "platnosc") matches either spelling.
 */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  // Rare characters (e.g. "İ") change length when lower-cased: fall back to one char at a time.
  const base = lower.length === s.length ? lower : s.replace(/[^]/g, foldChar);
  return base.replace(/[\u00c0-\u024f\u0451]/g, foldChar);
}

/**
 * Cleans raw message text: drops invisible formatting characters, turns every kind of space
 * (no-break, narrow no-break, thin, figure) into a plain space and unifies quote marks.
 */
export function normalizeText(s: string): string {
  // One scan; the callback runs only on the rare characters that need a change.
  return s.replace(NORMALIZE_RE, (c) => {
    if (c.charCodeAt(0) === 13) return '\n';
    if (/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(c)) return '';
    if (/[\u2018\u2019\u05f3`]/.test(c)) return "'";
    if (/[\u201c\u201d\u201e\u05f4]/.test(c)) return '"';
    return ' ';
  });
}

const NORMALIZE_RE =
  /\r\n?|[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\t\u00a0\u2000-\u200a\u202f\u205f\u3000\u2018\u2019\u05f3`\u201c\u201d\u201e\u05f4]/g;

const REPLY_HEADER = rx(
  '(?:wrote|pisze|napisal~|написал~|написав~|schrieb|a ecrit|escribio|ha scritto|schreef|escreveu|כתב~):?$',
);
const ORIGINAL_MESSAGE =
  /original message|ursprungliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original|wiadomosc oryginalna|oryginalna wiadomosc|исходное сообщение|оригінальне повідомлення|הודעה מקורית/;

/**
 * Removes quoted history: lines starting with ">" and everything after a reply header
 * ("On … wrote:", "W dniu … pisze:", "-----Original Message-----"), because quoted text belongs
 * to earlier messages of the thread.
 */
export function stripQuoted(s: string): string {
  const kept: string[] = [];
  // Line by line with indexOf: the quoted tail after a reply header is never even split.
  for (let i = 0; i <= s.length;) {
    let j = s.indexOf('\n', i);
    if (j < 0) j = s.length;
    const line = s.slice(i, j);
    const t = line.trim();
    i = j + 1;
    if (t.startsWith('>')) continue;
    if (
      t.length > 6 &&
      t.length < 300 &&
      (t.endsWith(':') || t.startsWith('--') || t.endsWith('wrote'))
    ) {
      const f = fold(t);
      if (
        (REPLY_HEADER.test(f) && /\d/.test(f)) ||
        (t.startsWith('--') && ORIGINAL_MESSAGE.test(f))
      )
        break;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/**
 * Index of the first character of the line that contains `i`, looking back at most `max`
 * characters (bounded so that scanning many values on one huge line stays linear).
 */
export function lineStart(s: string, i: number, max = 120): number {
  const from = Math.max(0, i - max);
  return from + s.slice(from, i).lastIndexOf('\n') + 1;
}

/**
 * Turns a table header row followed by a value row ("Invoice no. | Due date\nA-7 | 15/04/2025",
 * as HTML tables come out of `htmlToText`) into "label: value" lines, so each value sits next to
 * its label like in prose.
 */
export function unfoldTables(s: string): string {
  if (s.indexOf(' | ') < 0) return s;
  const lines = s.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i] ?? '';
    const row = lines[i + 1] ?? '';
    if (!head.includes(' | ') || /\d/.test(head) || !/\d/.test(row)) continue;
    const labels = head.split(' | ');
    const values = row.split(' | ');
    if (labels.length !== values.length) continue;
    lines[i] = labels.map((l, k) => `${l}: ${values[k] ?? ''}`).join('\n');
    lines[i + 1] = '';
    i++;
  }
  return lines.join('\n');
}
