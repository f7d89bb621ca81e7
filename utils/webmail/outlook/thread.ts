/**
 * Reads the conversation open in Outlook on the web's reading pane: subject, and each message
 * (expanded or collapsed, conversation view on or off) with sender, recipients, date, body text
 * and attachments. Pure: pass `document` or any subtree; nothing is changed or executed.
 */
import type { WebmailAttachment, WebmailMessage, WebmailThread } from '../adapter';
import { cachedVisibleText } from '../body-cache';
import { warnOnce } from '../log';
import { querySelectorAllFirst, querySelectorFirst } from '../query';
import { peopleIn, personFrom } from './people';
import {
  ATTACHMENT,
  BODY,
  CONVERSATION,
  DATE,
  MESSAGE,
  PERSON,
  READING_PANE,
  RECIPIENTS_CC,
  RECIPIENTS_TO,
  SENDER,
  SUBJECT,
} from './selectors';

/** Never part of a read message: the inline reply editor and its form. */
const isEditor = (el: Element) => el.closest('[contenteditable], form') !== null;

function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (set.has(up)) return false;
    return true;
  });
}

/** A message part holds a date, a body or a sender; list rows and menus hold none of these. */
const looksLikeMessage = (el: Element) =>
  !isEditor(el) &&
  [...DATE, ...BODY, SENDER[0] ?? ''].some((s) => s && el.querySelector(s) !== null);

/** Drift (or conversation view off): one message per body, the widest ancestor with one body. */
function partsFromBodies(pane: Element): Element[] {
  const bodies = querySelectorAllFirst(pane, BODY).filter((b) => !isEditor(b));
  return bodies.map((body) => {
    let part: Element = body;
    while (part.parentElement && part.parentElement !== pane) {
      const parent: Element = part.parentElement;
      if (querySelectorAllFirst(parent, BODY).length > 1) break;
      part = parent;
    }
    return part;
  });
}

function findParts(pane: Element): Element[] {
  const marked = outermost(querySelectorAllFirst(pane, MESSAGE).filter(looksLikeMessage));
  if (marked.length) return marked;
  const parts = partsFromBodies(pane);
  if (!parts.length) warnOnce('no Outlook messages found in the reading pane');
  return parts;
}

/**
 * The message's date: ISO from `time[datetime]`, else the text shown (parsed in the background,
 * see WebmailMessage.dateText). Outlook writes numeric dates in the UI locale's order: en-US
 * month first, turned day first here as the shared parser reads them.
 */
function readDate(el: Element | null, lang: string): { date: string | null; text: string | null } {
  if (!el) return { date: null, text: null };
  const iso = el.getAttribute('datetime');
  if (iso && !Number.isNaN(Date.parse(iso)))
    return { date: new Date(iso).toISOString(), text: null };
  let raw = (el.getAttribute('title') || el.textContent || '').trim().slice(0, 300);
  if (/^en-us$/i.test(lang) || lang === 'en') {
    raw = raw.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/, '$2/$1/$3');
  }
  return { date: null, text: raw || null };
}

function readAttachments(part: Element, body: Element | null): WebmailAttachment[] {
  const origin = part.ownerDocument.location?.origin ?? '';
  const out: WebmailAttachment[] = [];
  for (const el of querySelectorAllFirst(part, ATTACHMENT)) {
    if (body?.contains(el) || isEditor(el)) continue;
    const name = (el.getAttribute('title') || el.textContent || '').replace(/\s+/g, ' ').trim();
    if (!name) continue;
    const link = el.querySelector('a[href]') ?? el.closest('a[href]');
    const href = link?.getAttribute('href') ?? '';
    let url: string | null = null;
    try {
      const u = new URL(href, origin || undefined);
      if (origin && u.origin === origin) url = u.href;
    } catch {
      url = null;
    }
    const mime = /\.pdf$/i.test(name) ? 'application/pdf' : '';
    out.push({ name, mime, size: null, url });
  }
  return out;
}

/** A stand-in id when Outlook shows none: stable across re-reads of the same message. */
const standIn = (date: string | null, from: string | null, index: number) =>
  date || from ? `owa:${date ?? ''}:${from ?? ''}` : `owa:#${index}`;

function parseMessage(part: Element, index: number, lang: string): WebmailMessage {
  const collapsed = part.getAttribute('aria-expanded') === 'false';
  const body = collapsed ? null : querySelectorFirst(part, BODY);
  const outsideBody = (el: Element) => !body?.contains(el) && !isEditor(el);
  const senderEl = SENDER.map((s) => Array.from(part.querySelectorAll(s)).find(outsideBody))
    .filter((el): el is Element => el !== undefined)
    .find((el) => personFrom(el) !== null);
  const from = senderEl ? personFrom(senderEl) : null;
  const dateEl = DATE.map((s) => part.querySelector(s)).find((el) => el && outsideBody(el));
  const date = readDate(dateEl ?? null, lang);
  const idHolder = part.querySelector("[id$='_FROM']")?.getAttribute('id') ?? '';
  const idFromPage = /^(?:MSG_)?(.+)_FROM$/.exec(idHolder)?.[1] ?? '';
  const messageId = idFromPage || standIn(date.date ?? date.text, from?.email ?? null, index);
  return {
    messageId,
    from,
    to: peopleIn(querySelectorFirst(part, RECIPIENTS_TO), PERSON),
    cc: peopleIn(querySelectorFirst(part, RECIPIENTS_CC), PERSON),
    date: date.date,
    dateText: date.text,
    text: body ? cachedVisibleText(messageId, body) : '',
    collapsed: !body,
    attachments: body ? readAttachments(part, body) : [],
  };
}

/**
 * Parses the conversation open in `root` (usually `document`). Null when the reading pane
 * shows no message (inbox list, settings). Never executes or inserts anything.
 */
export function parseOutlookConversation(root: ParentNode): WebmailThread | null {
  const pane = querySelectorFirst(root, READING_PANE, 'Outlook reading pane');
  if (!pane) return null;
  const parts = findParts(pane);
  if (!parts.length) return null;
  const lang = (pane.ownerDocument.documentElement.getAttribute('lang') ?? '').trim();
  const heading = SUBJECT.map((s) =>
    Array.from(pane.querySelectorAll(s)).find((h) => !parts.some((p) => p.contains(h))),
  ).find((h) => h);
  const convId = /^CONV_(.+)_SUBJECT$/.exec(heading?.getAttribute('id') ?? '')?.[1] ?? null;
  const conversation = querySelectorFirst(pane, CONVERSATION);
  return {
    threadId: convId ?? conversation?.getAttribute('data-convid') ?? null,
    subject: (heading?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    messages: parts.map((p, i) => parseMessage(p, i, lang)),
  };
}
