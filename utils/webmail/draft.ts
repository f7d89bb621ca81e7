/**
 * Puts a draft into a webmail's rich-text editor the way a user's typing would (so the webmail
 * saves it). Text only: page text never becomes HTML, and no Trusted Types policy is needed.
 */
import { trailingRun } from './body-text';

/** The parts of one open compose window or inline reply. */
export interface OpenCompose {
  /** The rich-text editor (a contenteditable element). */
  body: HTMLElement;
  /** The subject box; hidden or absent in inline replies (then null). */
  subject: HTMLInputElement | null;
  /** The "To" field, when present. */
  to: HTMLElement | null;
  /** The element holding this compose (its removal ends the compose). */
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
  const unix = draft.body.replace(/\r\n?/g, '\n');
  const text = unix.slice(0, unix.length - trailingRun(unix, '\n'));
  if (!text.trim()) return true;
  const before = flat(body.textContent);
  body.focus();
  caretAt(body, null);
  if (execInsert(body.ownerDocument, text) && shows(body, text, before)) return true;
  insertLines(body, text);
  return shows(body, text, before);
}
