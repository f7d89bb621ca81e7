/**
 * Every Gmail selector Firmly uses, in one place, best first. Gmail's short class names
 * (`.adn`, `.gD`, `.a3s`) drift over the years, so each list ends with stable hooks (data-*,
 * [email], role, [g_editable]) and never with English aria-label text (Gmail runs in many
 * languages). Sources, as quoted in tests/fixtures/gmail/README.md:
 * - gmail.js = KartikTalwar/gmail.js src/gmail.js @ b7dfdab (2024)
 * - InboxSDK = InboxSDK/InboxSDK dom-driver/gmail @ a8a6fe2 (2024)
 * - compose fixture = Gmail "New Message" dialog saved about 2020
 * - thread fixtures = constructed 2026-11 from the two libraries (no real thread view is public)
 */
import type { Candidates } from '../query';

export type { Candidates } from '../query';
export { querySelectorAllFirst, querySelectorFirst } from '../query';

/** Elements carrying a message id; the outermost one per message is the message. */
export const MESSAGE: Candidates = [
  // gmail.js 2024 `div.adn[data-message-id]` (:4295-4297) and InboxSDK 2024 `[data-message-id]`
  // (message-view.ts:123); left class-free so collapsed (`.adf`) and drifted markup match too.
  '[data-message-id]',
  '[data-legacy-message-id]', // gmail.js 2024 (:4295); InboxSDK 2024 getMessageID
];

/** Drift fallback for messages without ids: ARIA list items (kept when they contain [email]). */
export const MESSAGE_ITEM = '[role=listitem]'; // InboxSDK 2024 thread-view.ts:299 `[role=list]`

/** The message body. */
export const BODY: Candidates = [
  'div.a3s', // gmail.js 2024 (email dom map :4459-4470 `div.a3s`; :442 `.ii.gt .a3s`)
  '.ii.gt', // InboxSDK 2024 message-view.ts:210 `div.ii.gt`
  '.adP', // InboxSDK 2024 message-view.ts getContentsElement: "old fallback selector"
];

/** The sender in a message header (the first hit outside the body wins). */
export const SENDER: Candidates = [
  'span.gD[email]', // gmail.js 2024 (email dom map :4459-4470 `span[email].gD`)
  'td.gF [email]', // InboxSDK 2024 message-view.ts:226 `td.gF span[email]`
  'h3 [email]', // InboxSDK 2024 message-view.ts contact hover: the sender sits in `h3.iw`
  '[email]', // any Gmail hovercard address: the header comes before the body
];

/** The "to …, cc: …" line of an expanded header. */
export const RECIPIENTS: Candidates = [
  '.hb', // InboxSDK 2024 message-view.ts:240 `.hb span[email]`; gmail.js 2024 `span[email].g2`
];

/** Elements whose title (or text) is the message date. */
export const DATE: Candidates = [
  'span.g3[title]', // gmail.js 2024 (:4459-4470 `span.g3`); InboxSDK 2024 :294 `.ads .gK .g3` title
  '.g3', // same element, title missing: its text ("Nov 23, 2026, 9:14 AM (3 days ago)")
  '[title]', // drift: any header element whose title parses as a date
  '[data-tooltip]', // drift: Gmail's own tooltip attribute (compose fixture ~2020 buttons)
];

/** Classes of a collapsed or hidden message (InboxSDK 2024 message-view.ts:709-713; `.adf.ads` header). */
export const COLLAPSED_CLASS = /(^|\s)(kv|ky|kQ|kx|adf)(\s|$)/;

/** Attachment chips: `download_url="mime:name:url"` (gmail.js b7dfdab, 2026-03-25). */
export const ATTACHMENT = '[download_url]';

/** The thread subject heading. */
export const SUBJECT: Candidates = [
  'h2.hP', // gmail.js 2024 (:400, :4504)
  '.ha h2', // InboxSDK 2024 thread-view.ts:520
  'h2[data-thread-perm-id]', // gmail.js 2024 (:4567): the subject heading carries the id
  'h2[data-legacy-thread-id]', // gmail.js 2024 (:513)
];

/** Thread id attributes, best first (gmail.js 2024 :513, :4567; InboxSDK 2024 :553). */
export const THREAD_ID_ATTRS = ['data-thread-perm-id', 'data-legacy-thread-id'] as const;

/** The editable body of a compose window or inline reply. */
export const COMPOSE_BODY: Candidates = [
  '[g_editable=true][contenteditable=true]', // compose fixture ~2020; InboxSDK 2024 `.Ap [g_editable=true]`
  'div[role=textbox][contenteditable=true]', // compose fixture ~2020 (role=textbox on the same div)
];

/** The element that holds one compose window (dialog or inline reply). */
export const COMPOSE_ROOT: Candidates = [
  '.M9', // gmail.js 2024 (:2533 `closest("div.M9")`); compose fixture ~2020
  '[role=region]', // compose fixture ~2020 `div.aoI[role=region]`
  '[role=dialog]', // compose fixture ~2020 `div.nH.Hd[role=dialog]`; InboxSDK 2024
  'form', // compose fixture ~2020 `form.bAs`
];

/** The subject box (present but hidden in inline replies). */
export const COMPOSE_SUBJECT: Candidates = [
  'input[name=subjectbox]', // compose fixture ~2020; gmail.js 2024; InboxSDK 2024 compose-view.ts:627
];

/** The "To" field. */
export const COMPOSE_TO: Candidates = [
  'textarea[name=to]', // compose fixture ~2020 `textarea.vO[name=to]`; gmail.js 2024 :4248-4275
  'div[name=to] input', // gmail.js 2024 :4248-4275 (peoplekit recipients)
  'input[name=to]', // InboxSDK 2024 page-parser.ts:91
];

/** The Send button (not the "more send options" arrow, which has aria-haspopup). */
export const SEND_BUTTON: Candidates = [
  '.IZ .Up div > div[role=button]:not([aria-haspopup=true])', // InboxSDK 2024 compose-view.ts:1233
  'div.T-I.T-I-atl:not([aria-haspopup=true])', // gmail.js 2024 :4248-4275; compose fixture ~2020
  '[role=button][data-tooltip*="Enter"]', // compose fixture ~2020: tooltip "Send (Ctrl-Enter)"
];
