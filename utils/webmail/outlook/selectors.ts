/**
 * Every Outlook on the web selector Firmly uses, best first. Outlook's class names are build
 * hashes (`.aVla3`, `.OZZZK`) that change with each release, and its aria-labels are localised
 * ("Message body" is "גוף ההודעה" in Hebrew), so lists use ids, `data-*` hooks, roles and
 * structure only — never class names or aria-label text. Read 2026-12-02 from public code that
 * automates Outlook on the web (no Microsoft documentation covers its DOM):
 * - wd-poc = fperezdev/wd-extension-poc src/lib/consts.ts (MailReadCompose, data-convid)
 * - toggl = toggl/track-extension src/content/outlook.js (role=heading subject, button[name])
 * - owa-capture = a public OWA capture adapter (index id 53187102784, 2025-26): `span[id$=_SUBJECT]
 *   [role=heading]`, `div[id^=UniqueMessageBody_][role=document]`, ComposeSendButton, the
 *   /mail/<folder>/id/<id> route regex
 * - owa-fixture = a public extension's OWA test fixture (index id 29165659204):
 *   #ConversationReadingPaneContainer > [data-app-section=ConversationContainer] >
 *   [aria-expanded] message parts, [data-convid] list options
 * - owa-overlay = a public e-mail overlay (index id 51809317615): `#ReadingPaneContainerId
 *   [data-convid]`, `[role=heading][aria-level]` subject
 * - owa-scrapers = several public scrapers (index ids 58153510444, 66902315357, 66511956877,
 *   22330718734): `[data-testid=SentReceivedSavedTime]` per message, with `[aria-expanded=false]`
 *   on collapsed ones; OWA's own component of that name (index id 12067013297)
 * - owa-persona = index ids 53187102784, 55977058986: persona pills `[data-lpc-hover-target-id]`,
 *   `span[title*="@"]`
 * - owa-quote = index ids 1261657537, 38872500984: `#divRplyFwdMsg` / `#RplyFwdMsg` start the
 *   quoted history; `#ReadingPaneContainerId` also holds the inline reply editor
 * Confidence per list: high = three or more independent sources; medium = two; low = one.
 */
import type { Candidates } from '../query';

/** The reading pane (high: owa-overlay, owa-quote, owa-fixture, wd-poc). */
export const READING_PANE: Candidates = [
  '#ReadingPaneContainerId',
  '#ConversationReadingPaneContainer', // owa-fixture
  "[data-app-section='MailReadCompose']", // wd-poc
  '[role=main]', // structure: the reading pane lives in the main landmark
];

/** The conversation's message list inside the pane (medium: owa-fixture, owa-capture). */
export const CONVERSATION: Candidates = [
  "[data-app-section='ConversationContainer']",
  '#ConversationReadingPaneContainer',
];

/** The subject heading; its id is `CONV_<conversation id>_SUBJECT` (medium: owa-capture, toggl). */
export const SUBJECT: Candidates = [
  "[role=heading][id$='_SUBJECT']",
  '[role=heading][aria-level]', // owa-overlay: aria-level 1 or 2 by build
  'h1, h2', // drift: a plain heading
];

/** One message part: expanded or collapsed (medium: owa-fixture, owa-scrapers). */
export const MESSAGE: Candidates = [
  "[data-app-section='ConversationContainer'] [aria-expanded]",
  '[aria-expanded]', // owa-scrapers query document-wide, kept when it holds a date or a body
];

/** The body of an expanded message (high: owa-capture, three scrapers, owa-fixture). */
export const BODY: Candidates = [
  "[id^='UniqueMessageBody'][role=document]",
  "[id^='UniqueMessageBody']",
  '[role=document]', // language-neutral fallback (owa-scrapers)
];

/** The date of a message; its title holds the full date (high: owa-scrapers). */
export const DATE: Candidates = ["[data-testid='SentReceivedSavedTime']", 'time[datetime]'];

/** The sender persona of a message (low–medium: owa-persona, owa-capture `_FROM` ids). */
export const SENDER: Candidates = [
  "[id$='_FROM'] [data-lpc-hover-target-id]",
  "[id$='_FROM']",
  '[data-lpc-hover-target-id]',
  "span[title*='@']",
];

/** Recipient lines (low: owa-capture reads pills under the To/Cc rows). */
export const RECIPIENTS_TO: Candidates = ["[id$='_TO']"];
export const RECIPIENTS_CC: Candidates = ["[id$='_CC']"];
export const PERSON = '[data-lpc-hover-target-id], [title*="@"]';

/** Attachment tiles: a listbox of options under the header (low: owa-capture READ_ATTACH). */
export const ATTACHMENT: Candidates = ['[role=listbox] [role=option]', '[role=option][title]'];

/** The reply/compose editor (medium: owa-quote `#ReadingPaneContainerId`, owa-capture). */
export const COMPOSE_BODY: Candidates = [
  "[id^='editorParent'] [contenteditable=true]",
  '[role=textbox][contenteditable=true][aria-multiline=true]',
  'div[contenteditable=true][role=textbox]',
];

/** The element holding one compose (reply in the pane, or a pop-out dialog). */
export const COMPOSE_ROOT: Candidates = [
  "[data-app-section='MailCompose']",
  '[role=dialog]',
  'form',
];

/** The Send button (medium: owa-capture `[data-testid=ComposeSendButton]`; toggl `button[name]`). */
export const SEND_BUTTON: Candidates = [
  "[data-testid='ComposeSendButton']",
  "button[name='Send']", // toggl: a name attribute, not a visible label, so it is not translated
];

/** The quoted history in a body, and what follows it (high: owa-quote, body-text STOP_IDS). */
export const QUOTE_START = ['divRplyFwdMsg', 'RplyFwdMsg', 'appendonsend'] as const;
