/**
 * Visible text of an e-mail body, read by walking the DOM (never by serialising HTML): block elements
 * become line breaks, scripts/styles/hidden parts are skipped, quoted history is dropped.
 */

const BLOCKS = new Set(
  'address article aside center dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol pre section table tbody tfoot thead tr ul'.split(
    ' ',
  ),
);
const SKIP = new Set(
  'script style template noscript head title meta link iframe object svg img button input select textarea'.split(
    ' ',
  ),
);
/** Quoted history: Gmail, Yahoo, Thunderbird (Apple Mail uses blockquote type=cite). */
const QUOTE_CLASS = /(^|\s)(gmail_quote|gmail_attr|yahoo_quoted|moz-cite-prefix)(\s|$)/;
/** Outlook puts the quoted mail after one of these, as siblings: stop reading there. */
const STOP_IDS = new Set([
  'divRplyFwdMsg',
  'RplyFwdMsg',
  'appendonsend',
  // Outlook on the web prefixes ids inside a rendered body with x_.
  'x_divRplyFwdMsg',
  'x_appendonsend',
]);
/** A line that ends a message and starts a quoted one, in several languages. */
const ORIGINAL_MESSAGE =
  /^-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|mensagem original|oorspronkelijk bericht|oryginalna wiadomość|wiadomość oryginalna|исходное сообщение|оригінальне повідомлення|הודעה מקורית)\s*-{2,}$/i;
/** Stand-in for dropped quoted history, so its "On … wrote:" line can go too. */
const QUOTE_MARK = '\u0001';

interface Out {
  text: string;
  /** Line breaks owed before the next text (1 after a block, 2 after a paragraph). */
  pending: number;
  /** Line breaks at the end of `text`. */
  trailing: number;
  stopped: boolean;
}

// Attributes are read with getAttribute: classList and hasAttribute are slow in some DOMs.
const isQuote = (el: Element) => QUOTE_CLASS.test(el.getAttribute('class') ?? '');

const isHidden = (el: Element) =>
  el.getAttribute('hidden') !== null || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');

/** Length of the run of `chars` at the end of `s`. A loop, not /[…]+$/: that regex is quadratic
 * on long runs (100k newlines took seconds), since it retries from every start position. */
export function trailingRun(s: string, chars: string): number {
  let i = s.length;
  while (i > 0 && chars.includes(s[i - 1]!)) i--;
  return s.length - i;
}

function emit(out: Out, text: string): void {
  const breaks = out.text ? out.pending - out.trailing : 0;
  if (breaks > 0) out.text += '\n'.repeat(breaks);
  out.pending = 0;
  out.text += text;
  const ends = trailingRun(text, '\n');
  out.trailing = ends === text.length ? out.trailing + Math.max(breaks, 0) + ends : ends;
}

/** True where collapsed whitespace is invisible: at the start of a line or after a space. */
const atGap = (out: Out) =>
  out.pending > 0 || out.trailing > 0 || !out.text || out.text.endsWith(' ');

function walk(node: Node, out: Out, pre: boolean): void {
  for (let child = node.firstChild; child && !out.stopped; child = child.nextSibling) {
    if (child.nodeType === 3) {
      let text = child.nodeValue ?? '';
      if (!pre) {
        text = text.replace(/[ \t\n\r\f]+/g, ' ');
        if (atGap(out)) text = text.replace(/^ /, '');
      }
      if (text) emit(out, text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    const attributes = el.hasAttributes(); // most body elements have none: skip the lookups
    if (attributes && STOP_IDS.has(el.getAttribute('id') ?? '')) {
      out.stopped = true;
      return;
    }
    if (SKIP.has(tag) || (attributes && isHidden(el))) continue;
    if (tag === 'br') {
      emit(out, '\n');
      continue;
    }
    if (tag === 'blockquote' || (attributes && isQuote(el))) {
      out.pending = Math.max(out.pending, 1);
      emit(out, QUOTE_MARK);
      out.pending = 1;
      continue;
    }
    const breaks = tag === 'p' ? 2 : BLOCKS.has(tag) ? 1 : 0;
    if (breaks) out.pending = Math.max(out.pending, breaks);
    else if ((tag === 'td' || tag === 'th') && el.previousElementSibling && !atGap(out)) {
      emit(out, '\t');
    }
    walk(el, out, pre || tag === 'pre');
    if (breaks) out.pending = Math.max(out.pending, breaks);
  }
}

/**
 * True for "On Mon, Nov 23, 2026 at 9:14 AM Anna <a@b.c> wrote:" in any language: it ends with
 * a colon, and names a date or an address unless "> " lines follow it.
 */
const isAttribution = (line: string, plain: boolean) =>
  /[:：]$/.test(line) && (plain || /[\d@]/.test(line));

/** Drops plain-text quoting ("> …" lines, "-----Original Message-----") and its attribution. */
function trimQuotedLines(lines: string[]): string[] {
  const cut = lines.findIndex((l) => ORIGINAL_MESSAGE.test(l));
  const kept = cut >= 0 ? lines.slice(0, cut) : lines;
  const out: string[] = [];
  for (const line of kept) {
    if (line === QUOTE_MARK || line.startsWith('>')) {
      while (out.length && !out[out.length - 1]) out.pop();
      if (out.length && isAttribution(out[out.length - 1] ?? '', line !== QUOTE_MARK)) out.pop();
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * Visible text of `root` with lines as the reader sees them (one blank line at most between
 * paragraphs) and quoted history removed where recognisable.
 */
export function visibleText(root: Node): string {
  const out: Out = { text: '', pending: 0, trailing: 0, stopped: false };
  walk(root, out, false);
  const lines = out.text.split('\n').map((l) => l.slice(0, l.length - trailingRun(l, ' \t')));
  return trimQuotedLines(lines)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
