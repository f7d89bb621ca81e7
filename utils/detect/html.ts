/**
 * A small linear HTML tokenizer for e-mail bodies (no DOM: the engine runs in Node and in content
 * scripts, and never parses page HTML into live nodes), plus visible-text extraction.
 */

/** A start or end tag; `attrs` is the raw attribute text. */
export interface HtmlTag {
  name: string;
  closing: boolean;
  attrs: string;
}

// Elements whose content is never visible text.
const RAW = new Set(['script', 'style', 'head', 'template', 'noscript', 'title', 'svg', 'xml']);
// Elements that start a new line in rendered text.
const BLOCK = new Set(
  'br p div tr li ul ol table tbody thead tfoot h1 h2 h3 h4 h5 h6 section article header footer hr dt dd pre address center form blockquote'.split(
    ' ',
  ),
);

/** Lower-cases ASCII letters only, so indexes stay valid. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/**
 * Walks `html` once, calling `onText` for text between tags and `onTag` for tags. Comments and
 * script/style/head content are skipped. Every search moves forward, so the walk stays linear on
 * hostile input ("<<<<", unclosed comments, stray "<script").
 */
export function scanHtml(
  html: string,
  onText: (t: string) => void,
  onTag: (t: HtmlTag) => void,
): void {
  const lower = asciiLower(html);
  const n = html.length;
  let i = 0;
  let gt = -1;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      onText(html.slice(i));
      return;
    }
    if (lt > i) onText(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const e = html.indexOf('-->', lt + 4);
      if (e < 0) return;
      i = e + 3;
      continue;
    }
    if (gt <= lt) gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      onText(html.slice(lt));
      return;
    }
    const m = /^(\/?)([a-zA-Z][\w:-]{0,30})/.exec(html.slice(lt + 1, Math.min(gt, lt + 34)));
    if (!m) {
      onText('<');
      i = lt + 1;
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    const closing = m[1] === '/';
    if (!closing && RAW.has(name) && html.charAt(gt - 1) !== '/') {
      const close = lower.indexOf('</' + name, gt + 1);
      if (close < 0) return;
      const end = html.indexOf('>', close);
      if (end < 0) return;
      i = end + 1;
      continue;
    }
    onTag({ name, closing, attrs: html.slice(lt + 1 + m[0].length, gt) });
    i = gt + 1;
  }
}

const NAMED: Record<string, number> = {};
for (const pair of (
  'nbsp:160 amp:38 lt:60 gt:62 quot:34 apos:39 euro:8364 pound:163 yen:165 shy:173 ndash:8211 mdash:8212 ' +
  'lsquo:8216 rsquo:8217 ldquo:8220 rdquo:8221 laquo:171 raquo:187 zwnj:8204 lrm:8206 rlm:8207 thinsp:8201 ' +
  'deg:176 ordm:186 numero:8470 szlig:223'
).split(' ')) {
  const [k = '', v = '0'] = pair.split(':');
  NAMED[k] = Number(v);
}
const MARKS: Record<string, string> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  cedil: '\u0327',
  ring: '\u030a',
};

function entity(_: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    const ok = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return ok ? String.fromCodePoint(code) : '';
  }
  const named = NAMED[body] ?? NAMED[body.toLowerCase()];
  if (named) return String.fromCharCode(named);
  const accent = /^([a-zA-Z])(acute|grave|circ|tilde|uml|cedil|ring)$/.exec(body);
  return accent
    ? ((accent[1] ?? '') + (MARKS[accent[2] ?? ''] ?? '')).normalize('NFC')
    : '&' + body + ';';
}

/** Decodes HTML character references (named, decimal, hex). */
export function decodeEntities(s: string): string {
  return s.indexOf('&') < 0
    ? s
    : s.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, entity);
}

/**
 * Visible text of an HTML e-mail: tags dropped, block elements and table rows as line breaks,
 * cells separated by " | ", entities decoded, quoted replies (<blockquote>) left out.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let quoted = 0;
  let atLineStart = true;
  scanHtml(
    html,
    (t) => {
      if (quoted) return;
      const text = decodeEntities(t).replace(/\s+/g, ' ');
      parts.push(text);
      if (text.trim()) atLineStart = false;
    },
    (tag) => {
      if (tag.name === 'blockquote') quoted = Math.max(0, quoted + (tag.closing ? -1 : 1));
      // "</p><div>" is one line break, not two.
      if (BLOCK.has(tag.name) && !atLineStart) {
        parts.push('\n');
        atLineStart = true;
      } else if ((tag.name === 'td' || tag.name === 'th') && !tag.closing) parts.push(' | ');
    },
  );
  const out: string[] = [];
  for (const raw of parts.join('').split('\n')) {
    const line = trimCells(raw.replace(/ {2,}/g, ' '));
    // Keep at most one empty line in a row.
    if (line || (out.length && out[out.length - 1] !== '')) out.push(line);
  }
  return out.join('\n').trim();
}

/** Trims spaces and empty-cell bars from both ends of a line (plain loops: linear). */
function trimCells(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '|')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '|')) b--;
  return s.slice(a, b);
}
