/**
 * Every Gmail selector Firmly uses, in one place, best first. Gmail's short class names
 * (`.adn`, `.gD`, `.a3s`) drift over the years, so each list ends with stable hooks (data-*,
 * [email], role, [g_editable]) and never with English aria-label text (Gmail runs in many
 * languages). Sources, as quoted in tests/fixtures/gmail/README.md:
 * - gmail.js = KartikTalwar/gmail.js src/gmail.js @ b7dfdab (2026-03-25)
 * - InboxSDK = InboxSDK/InboxSDK dom-driver/gmail @ a8a6fe2 (v2.2.18, 2026-07-23)
 * (line numbers below are at those commits; "2024" in earlier notes was wrong)
 * - compose fixture = Gmail "New Message" dialog saved about 2020
 * - thread fixtures = constructed 2026-11 from the two libraries (no real thread view is public)
 */
import type { Candidates } from '../query';

export type { Candidates } from '../query';
export { querySelectorAllFirst, querySelectorFirst } from '../query';

/** Elements carrying a message id; the outermost one per message is the message. */
export const MESSAGE: Candidates = [
  // gmail.js 2026-03 `div.adn[data-message-id]` (:4295-4297) and InboxSDK 2026-07 `[data-message-id]`
  // (message-view.ts:123); left class-free so collapsed (`.adf`) and drifted markup match too.
  '[data-message-id]',
  '[data-legacy-message-id]', // gmail.js 2026-03 (:4295); InboxSDK 2026-07 getMessageID
];

/** Drift fallback for messages without ids: ARIA list items (kept when they contain [email]). */
export const MESSAGE_ITEM = '[role=listitem]'; // InboxSDK 2026-07 thread-view.ts:299 `[role=list]`

/** The message body. */
export const BODY: Candidates = [
  'div.a3s', // gmail.js 2026-03 (email dom map :4459-4470 `div.a3s`; :442 `.ii.gt .a3s`)
  '.ii.gt', // InboxSDK 2026-07 message-view.ts:210 `div.ii.gt`
  '.adP', // InboxSDK 2026-07 message-view.ts getContentsElement: "old fallback selector"
];

/** The sender in a message header (the first hit outside the body wins). */
export const SENDER: Candidates = [
  'span.gD[email]', // gmail.js 2026-03 (email dom map :4459-4470 `span[email].gD`)
  'td.gF [email]', // InboxSDK 2026-07 message-view.ts:226 `td.gF span[email]`
  'h3 [email]', // InboxSDK 2026-07 message-view.ts contact hover: the sender sits in `h3.iw`
  '[email]', // any Gmail hovercard address: the header comes before the body
];

/** The "to …, cc: …" line of an expanded header. */
export const RECIPIENTS: Candidates = [
  '.hb', // InboxSDK 2026-07 message-view.ts:240 `.hb span[email]`; gmail.js 2026-03 `span[email].g2`
];

/** Elements whose title (or text) is the message date. */
export const DATE: Candidates = [
  'span.g3[title]', // gmail.js 2026-03 (:4459-4470 `span.g3`); InboxSDK 2026-07 :294 `.ads .gK .g3` title
  '.g3', // same element, title missing: its text ("Nov 23, 2026, 9:14 AM (3 days ago)")
  '[title]', // drift: any header element whose title parses as a date
  '[data-tooltip]', // drift: Gmail's own tooltip attribute (compose fixture ~2020 buttons)
];

/** Classes of a collapsed or hidden message (InboxSDK 2026-07 message-view.ts:709-713; `.adf.ads` header). */
export const COLLAPSED_CLASS = /(^|\s)(kv|ky|kQ|kx|adf)(\s|$)/;

/** Attachment chips: `download_url="mime:name:url"` (gmail.js b7dfdab, 2026-03-25). */
export const ATTACHMENT = '[download_url]';

/** The thread subject heading. */
export const SUBJECT: Candidates = [
  'h2.hP', // gmail.js 2026-03 (:400, :4504)
  '.ha h2', // InboxSDK 2026-07 thread-view.ts:520
  'h2[data-thread-perm-id]', // gmail.js 2026-03 (:4567): the subject heading carries the id
  'h2[data-legacy-thread-id]', // gmail.js 2026-03 (:513)
];

/**
 * Thread id attributes, best first (gmail.js :513, :4567; InboxSDK :553). The legacy id comes
 * first: Gmail sometimes writes `data-thread-perm-id="undefined"` or leaves it out (InboxSDK
 * 2025-11-10 and 2025-11-25; gmail.js #814). "undefined" is never taken as an id.
 */
export const THREAD_ID_ATTRS = ['data-legacy-thread-id', 'data-thread-perm-id'] as const;

/** The editable body of a compose window or inline reply. */
export const COMPOSE_BODY: Candidates = [
  '[g_editable=true][contenteditable=true]', // compose fixture ~2020; InboxSDK 2026-07 `.Ap [g_editable=true]`
  'div[role=textbox][contenteditable=true]', // compose fixture ~2020 (role=textbox on the same div)
];

/** The element that holds one compose window (dialog or inline reply). */
export const COMPOSE_ROOT: Candidates = [
  '.M9', // gmail.js 2026-03 (:2533 `closest("div.M9")`); compose fixture ~2020
  // InboxSDK 2025-09 looks `.M9` up *inside* the inline-reply container `.ip.adB`, as a wrapper
  // appeared between them. Found here from the editor outwards (closest), so a wrapper above
  // `.M9` changes nothing; when `.M9` is renamed, the reply's `[role=region]` holds the editor and
  // its subject box (tests/unit/webmail/gmail/compose.test.ts, "inline reply container").
  '[role=region]', // compose fixture ~2020 `div.aoI[role=region]`
  '[role=dialog]', // compose fixture ~2020 `div.nH.Hd[role=dialog]`; InboxSDK 2026-07
  'form', // compose fixture ~2020 `form.bAs`
];

/** The subject box (present but hidden in inline replies). */
export const COMPOSE_SUBJECT: Candidates = [
  'input[name=subjectbox]', // compose fixture ~2020; gmail.js 2026-03; InboxSDK 2026-07 compose-view.ts:627
];

/** The "To" field. */
export const COMPOSE_TO: Candidates = [
  'textarea[name=to]', // compose fixture ~2020 `textarea.vO[name=to]`; gmail.js 2026-03 :4248-4275
  'div[name=to] input', // gmail.js 2026-03 :4248-4275 (peoplekit recipients)
  'input[name=to]', // InboxSDK 2026-07 page-parser.ts:91
];

/** The Send button (not the "more send options" arrow, which has aria-haspopup). */
export const SEND_BUTTON: Candidates = [
  '.IZ .Up div > div[role=button]:not([aria-haspopup=true])', // InboxSDK 2026-07 compose-view.ts:1233
  'div.T-I.T-I-atl:not([aria-haspopup=true])', // gmail.js 2026-03 :4248-4275; compose fixture ~2020
  '[role=button][data-tooltip*="Enter"]', // compose fixture ~2020: tooltip "Send (Ctrl-Enter)"
];
