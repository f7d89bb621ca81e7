/**
 * Reads the open Gmail thread (subject, id, messages with sender, recipients, date and body
 * text) from the DOM. Pure: pass `document` or any subtree; nothing is changed or executed.
 */
import { cachedVisibleText } from '../body-cache';
import { warnOnce } from '../log';
import type { WebmailAttachment } from '../adapter';
import { readAttachments } from './attachments';
import { collectRecipients, personOf, type GmailPerson } from './people';
import {
  BODY,
  COLLAPSED_CLASS,
  DATE,
  MESSAGE,
  MESSAGE_ITEM,
  RECIPIENTS,
  SENDER,
  SUBJECT,
  THREAD_ID_ATTRS,
  querySelectorAllFirst,
  querySelectorFirst,
} from './selectors';

export type { GmailPerson } from './people';

/** One message of a thread as Gmail shows it. */
export interface GmailMessage {
  /** Gmail's `data-message-id` ("#msg-f:…"), else `data-legacy-message-id`; '' if neither. */
  messageId: string;
  from: GmailPerson | null;
  to: GmailPerson[];
  cc: GmailPerson[];
  /** Always null: Gmail's header shows its date only as text (`dateText`). */
  date: string | null;
  /** The header's date title as shown, parsed in the background; null if none. */
  dateText: string | null;
  /** Visible body text, quoted history trimmed where recognisable; '' when collapsed. */
  text: string;
  /** True when Gmail shows only the header (the body is not in the page). */
  collapsed: boolean;
  /** Attachment chips of an expanded message (none when collapsed). */
  attachments: WebmailAttachment[];
}

/** The open thread. */
export interface GmailThread {
  threadId: string | null;
  subject: string;
  messages: GmailMessage[];
  /** Collapsed messages shown without any id: not read (expanding them makes them readable). */
  idlessCollapsed: number;
}

/** Subtrees that are never part of a message header or body. */
const isForeign = (el: Element) =>
  el.localName === 'form' || el.hasAttribute('contenteditable') || el.hasAttribute('g_editable');

/** Not a body candidate when guessing: controls, headings, images, hidden parts. */
const NOT_BODY =
  /^(button|img|menu|menubar|toolbar|tooltip|heading|presentation|dialog|alert|progressbar)$/;

function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

/**
 * Collapsed messages Gmail renders without any id (2025–2026) while others have one: list
 * items that show an address and hold no id'd message. They are counted, not read.
 */
function countIdless(root: ParentNode, withIds: Element[]): number {
  const items = Array.from(root.querySelectorAll(MESSAGE_ITEM)).filter(
    (el) =>
      el.querySelector('[email]') &&
      !el.closest('[role=navigation], [role=dialog]') &&
      !withIds.some((m) => el.contains(m) || m.contains(el)),
  );
  return outermost(items).length;
}

function findMessages(root: ParentNode): Element[] {
  const withIds = outermost(querySelectorAllFirst(root, MESSAGE));
  if (withIds.length) return withIds;
  // Drift: no ids at all. ARIA list items that show an address are messages.
  const items = Array.from(root.querySelectorAll(MESSAGE_ITEM)).filter(
    (el) => el.querySelector('[email]') && !el.closest('[role=navigation], [role=dialog]'),
  );
  if (!items.length) warnOnce('no Gmail messages found in the page');
  return outermost(items);
}

function isCollapsed(el: Element, item: Element): boolean {
  return (
    item.getAttribute('aria-expanded') === 'false' ||
    COLLAPSED_CLASS.test(el.getAttribute('class') ?? '') ||
    COLLAPSED_CLASS.test(item.getAttribute('class') ?? '')
  );
}

/** The first element matching `selector` in `scope` that passes `ok`. */
function firstWhere(
  scope: Element,
  selector: string,
  ok: (el: Element) => boolean,
): Element | null {
  const first = scope.querySelector(selector); // cheap common case: the first hit is right
  if (!first || ok(first)) return first;
  return Array.from(scope.querySelectorAll(selector)).find(ok) ?? null;
}

/** Drift fallback: the largest address-free part of the message that is not a control. */
function guessBody(scope: Element, dateEl: Element | null): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  const visit = (node: Element): void => {
    for (let el = node.firstElementChild; el; el = el.nextElementSibling) {
      const role = el.getAttribute('role') ?? '';
      if (isForeign(el) || NOT_BODY.test(role) || /^(h\d|img|button)$/.test(el.localName)) continue;
      if (el.getAttribute('aria-hidden') === 'true' || (dateEl && el.contains(dateEl))) continue;
      if (el.hasAttribute('email') || el.querySelector('[email]')) {
        visit(el);
        continue;
      }
      const length = (el.textContent ?? '').trim().length;
      if (length > bestLength) [best, bestLength] = [el, length];
    }
  };
  visit(scope);
  return best;
}

/** A header date always names its year ("Nov 23, 2026", "23.11.2026", "2026年11月23日"). */
const HAS_YEAR = /(?<!\d)(?:19[7-9]\d|20\d\d|2100)(?!\d)/;

/**
 * The header's date text (parsed in the background, see WebmailMessage.dateText) and its element:
 * the first candidate outside the body whose title, tooltip or text names a year.
 */
function findDate(
  scope: Element,
  body: Element | null,
): { text: string | null; el: Element | null } {
  let text: string | null = null;
  const dated = (el: Element) => {
    if (body?.contains(el)) return false;
    const raw = el.getAttribute('title') || el.getAttribute('data-tooltip') || el.textContent;
    text = raw?.trim().slice(0, 300) ?? null;
    return !!text && HAS_YEAR.test(text);
  };
  for (const selector of DATE) {
    const el = firstWhere(scope, selector, dated);
    if (el) return { text, el };
  }
  return { text: null, el: null };
}

function findSender(scope: Element, body: Element | null): Element | null {
  let foreign: Element[] | null = null;
  const catchAll = SENDER[SENDER.length - 1];
  for (const selector of SENDER) {
    const el = firstWhere(scope, selector, (el) => {
      if (body?.contains(el) || !personOf(el)) return false;
      if (selector !== catchAll) return true;
      // Only the catch-all candidate can hit an address chip of an open reply box.
      foreign ??= Array.from(scope.querySelectorAll('form, [contenteditable], [g_editable]'));
      return !foreign.some((f) => f.contains(el));
    });
    if (el) return el;
  }
  return null;
}

/** A message element with where its parts live; the body is found with Gmail's classes. */
interface Located {
  el: Element;
  scope: Element;
  collapsed: boolean;
  body: Element | null;
}

function locate(el: Element): Located {
  // Gmail keeps the expanded/collapsed state on the list item around the message (InboxSDK).
  const item = el.closest(MESSAGE_ITEM) ?? el;
  const scope = item === el || el.querySelector('[email]') ? el : item;
  const collapsed = isCollapsed(el, item);
  return { el, scope, collapsed, body: collapsed ? null : querySelectorFirst(scope, BODY) };
}

function parseMessage({ el, scope, collapsed, body }: Located, drifted: boolean): GmailMessage {
  const date = findDate(scope, body);
  if (!body && drifted && !collapsed) body = guessBody(scope, date.el);
  const senderEl = findSender(scope, body);
  const hb = querySelectorFirst(scope, RECIPIENTS);
  const recipients = collectRecipients(
    hb ?? scope,
    (node) => node === senderEl || node === body || isForeign(node),
  );
  const messageId =
    el.getAttribute('data-message-id') || el.getAttribute('data-legacy-message-id') || '';
  return {
    messageId,
    from: senderEl ? personOf(senderEl) : null,
    to: recipients.to,
    cc: recipients.cc,
    date: null,
    dateText: date.text,
    text: collapsed || !body ? '' : cachedVisibleText(messageId, body),
    collapsed: collapsed || !body,
    attachments: collapsed ? [] : readAttachments(scope),
  };
}

/** The heading closest before the first message, outside any message (drifted markup). */
function nearestHeading(root: ParentNode, first: Element): Element | null {
  let found: Element | null = null;
  for (const h of Array.from(root.querySelectorAll('h1, h2'))) {
    if (!(h.compareDocumentPosition(first) & 4)) break; // 4: `first` follows `h`
    if (!h.closest(MESSAGE.join(', '))) found = h;
  }
  return found;
}

/**
 * Parses the thread open in `root` (usually `document`). Returns null when no message is
 * found, e.g. on the inbox list. Works with Gmail's class names and, when they drift, with
 * ids, `[email]` and ARIA roles only. Never executes or inserts anything.
 */
export function parseThread(root: ParentNode): GmailThread | null {
  const elements = findMessages(root);
  const first = elements[0];
  if (!first) return null;
  const located = elements.map(locate);
  // Gmail's classes are gone when no open message has a known body (one is always open).
  const drifted = located.every((m) => m.collapsed || !m.body);
  const heading =
    querySelectorFirst(root, SUBJECT, 'thread subject') ?? nearestHeading(root, first);
  const idHolder =
    heading && THREAD_ID_ATTRS.some((a) => heading.hasAttribute(a))
      ? heading
      : root.querySelector('[data-thread-perm-id]:not([data-thread-perm-id=undefined])');
  const threadId =
    THREAD_ID_ATTRS.map((a) => idHolder?.getAttribute(a)).find((v) => v && v !== 'undefined') ??
    null;
  return {
    threadId,
    subject: (heading?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    messages: located.map((m) => parseMessage(m, drifted)),
    idlessCollapsed: first.hasAttribute('data-message-id') ? countIdless(root, elements) : 0,
  };
}
