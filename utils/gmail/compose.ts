/**
 * Gmail's compose window and inline reply: find the open one, put a draft into it the way a
 * user's typing would (so Gmail saves it), or build a URL that opens Gmail's own compose
 * prefilled. Text only: Gmail enforces Trusted Types, and page text never becomes HTML.
 */
import {
  COMPOSE_BODY,
  COMPOSE_ROOT,
  COMPOSE_SUBJECT,
  COMPOSE_TO,
  querySelectorAllFirst,
  querySelectorFirst,
} from './selectors';

/** The parts of one open compose window or inline reply. */
export interface OpenCompose {
  /** The rich-text editor (`[g_editable=true][contenteditable=true]`). */
  body: HTMLElement;
  /** `input[name=subjectbox]`; hidden (but present) in inline replies, null if absent. */
  subject: HTMLInputElement | null;
  /** The "To" field, when present. */
  to: HTMLElement | null;
  /** The element holding this compose (`.M9`, else its region/dialog). */
  container: HTMLElement;
}

/** What to put into a compose. */
export interface DraftText {
  subject: string;
  /** Plain text; line breaks become lines in Gmail's editor. */
  body: string;
  /** Overwrite a subject the box already has (default: only fill an empty box). */
  replaceSubject?: boolean;
}

/**
 * The open compose in `root`: the one holding the focus, else the last in the page (Gmail
 * appends new compose dialogs after older ones and after inline replies). Null when none.
 */
export function findOpenCompose(root: ParentNode): OpenCompose | null {
  const bodies = querySelectorAllFirst(root, COMPOSE_BODY);
  const focused = bodies[0]?.ownerDocument.activeElement;
  const body = bodies.find((b) => focused && b.contains(focused)) ?? bodies[bodies.length - 1];
  if (!body) return null;
  const container =
    COMPOSE_ROOT.map((s) => body.closest<HTMLElement>(s)).find((el) => el) ??
    body.parentElement ??
    body;
  return {
    body,
    subject: querySelectorFirst<HTMLInputElement>(container, COMPOSE_SUBJECT),
    to: querySelectorFirst(container, COMPOSE_TO),
    container,
  };
}

const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** True when the editor changed and now shows the first line of `text` (flat() folds NBSP). */
function shows(body: HTMLElement, text: string, before: string): boolean {
  const now = flat(body.textContent);
  return now !== before && now.includes(flat(text.split('\n').find((l) => l.trim()) ?? ''));
}

function execInsert(doc: Document, text: string): boolean {
  try {
    // Deprecated but still the only way to type into a contenteditable so that the page's
    // beforeinput/input handlers and undo stack see it (Chrome, Firefox, Safari).
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function caretAt(body: HTMLElement, after: Node | null): void {
  const doc = body.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  const range = doc.createRange();
  if (after) range.setStartAfter(after);
  else range.setStart(body, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
}

function fire(el: HTMLElement, type: 'input' | 'change', data?: string): void {
  const view = el.ownerDocument.defaultView;
  const init = { bubbles: true, inputType: 'insertText', data: data ?? null };
  const event =
    type === 'input' && view?.InputEvent
      ? new view.InputEvent('input', init)
      : new (view?.Event ?? Event)(type, { bubbles: true });
  el.dispatchEvent(event);
}

function setSubject(input: HTMLInputElement, value: string): void {
  input.focus();
  input.select();
  if (execInsert(input.ownerDocument, value) && input.value === value) return;
  input.value = value;
  fire(input, 'input', value);
  fire(input, 'change');
}

/** Fallback: one `<div>` per line (Gmail's own editor markup), above what is there. */
function insertLines(body: HTMLElement, text: string): void {
  const doc = body.ownerDocument;
  // An empty editor holds only a <br> placeholder: replace it instead of keeping a blank line.
  if (!flat(body.textContent) && Array.from(body.children).every((c) => c.nodeName === 'BR')) {
    body.replaceChildren();
  }
  const hadContent = body.firstChild !== null;
  const lines = text.split('\n');
  if (hadContent && body.firstChild?.nodeName !== 'BR') lines.push('');
  let last: Node | null = null;
  for (const line of lines) {
    const div = doc.createElement('div');
    div.appendChild(line ? doc.createTextNode(line) : doc.createElement('br'));
    body.insertBefore(div, last ? last.nextSibling : body.firstChild);
    last = div;
  }
  caretAt(body, last);
  fire(body, 'input', text);
}

/**
 * Puts a draft into an open compose: the subject (only into an empty box unless
 * `replaceSubject`), and the body text at the top of the editor so a reply's quoted history
 * stays below. Types through `execCommand('insertText')` when the browser supports it, else
 * builds text nodes and fires an `input` event. Returns true when the editor shows the text.
 */
export function insertDraft(compose: OpenCompose, draft: DraftText): boolean {
  const { body, subject } = compose;
  if (!body.isConnected) return false;
  if (subject && draft.subject && (draft.replaceSubject || !subject.value.trim())) {
    setSubject(subject, draft.subject);
  }
  const text = draft.body.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  if (!text.trim()) return true;
  const before = flat(body.textContent);
  body.focus();
  caretAt(body, null);
  if (execInsert(body.ownerDocument, text) && shows(body, text, before)) return true;
  insertLines(body, text);
  return shows(body, text, before);
}

/** What `buildComposeUrl` prefills. */
export interface ComposeUrlParts {
  to: string | readonly string[];
  cc?: string | readonly string[];
  subject: string;
  body: string;
  /** Gmail account index (`/mail/u/1/`) or address; default 0. */
  account?: string | number;
}

/**
 * A URL that opens Gmail's own full-screen compose prefilled (Gmail keeps it as a draft):
 * `https://mail.google.com/mail/u/0/?view=cm&fs=1&to=…&su=…&body=…`.
 */
export function buildComposeUrl(parts: ComposeUrlParts): string {
  const list = (v: string | readonly string[] | undefined) =>
    (typeof v === 'string' ? [v] : (v ?? []))
      .map((s) => s.trim())
      .filter(Boolean)
      .join(',');
  const params = new URLSearchParams({ view: 'cm', fs: '1', to: list(parts.to) });
  if (list(parts.cc)) params.set('cc', list(parts.cc));
  params.set('su', parts.subject);
  params.set('body', parts.body);
  const account = encodeURIComponent(String(parts.account ?? 0)).replace(/%40/g, '@');
  return `https://mail.google.com/mail/u/${account}/?${params.toString()}`;
}
