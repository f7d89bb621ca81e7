/**
 * What one webmail (Gmail, Outlook on the web…) must provide so the shared thread session,
 * panel, draft insertion and sent detection work in it. Everything else lives in utils/webmail.
 * Adapters read the page only: nothing of the page is executed or inserted as markup.
 */
import type { OpenCompose } from './draft';

/** The webmails Firmly reads; also the prefix of observation keys and the source kind. */
export type WebmailId = 'gmail' | 'outlook';

/** An address shown in a message header, with its display name when there is one. */
export interface WebmailPerson {
  email: string;
  name: string | null;
}

/** An attachment as the page lists it; `url` is on the webmail's own origin, or null. */
export interface WebmailAttachment {
  name: string;
  /** MIME type when the page says it ('application/pdf'), else ''. */
  mime: string;
  /** Size in bytes when the page says it, else null. */
  size: number | null;
  /** Same-origin download URL (the PDF reader fetches it from the content script), or null. */
  url: string | null;
}

/** One message of the open conversation. */
export interface WebmailMessage {
  /** The webmail's message id; '' when the page shows none (a stand-in key is built later). */
  messageId: string;
  from: WebmailPerson | null;
  to: WebmailPerson[];
  cc: WebmailPerson[];
  /** ISO date-time with offset when the page gives one machine-readable; else null. */
  date: string | null;
  /**
   * The header's date as the page shows it ("Mon, Nov 23, 2026, 9:14 AM"), parsed in the
   * background (utils/webmail/date.ts), which keeps 30 languages of month names out of the
   * content scripts (issue 17: ≤ 12 KB gzip); null when there is none.
   */
  dateText?: string | null;
  /** Visible body text, quoted history and signatures masked; '' when collapsed. */
  text: string;
  /** True when only the header is in the page (the body is not). */
  collapsed: boolean;
  attachments: WebmailAttachment[];
}

/** The open conversation. */
export interface WebmailThread {
  threadId: string | null;
  subject: string;
  messages: WebmailMessage[];
  /** Collapsed messages the page shows without an id, so not read; 0 when none. */
  idlessCollapsed?: number;
}

/** What a "new message" URL prefills. */
export interface ComposeUrlParts {
  to: string | readonly string[];
  cc?: string | readonly string[];
  subject: string;
  body: string;
}

export interface WebmailAdapter {
  readonly id: WebmailId;
  /** A key for the conversation the URL shows (its id from the route), or null for none. */
  conversationKey(url: URL): string | null;
  /** Reads the open conversation; null when no message is in the page. */
  readConversation(doc: Document): WebmailThread | null;
  /** Puts the panel's host element above the conversation. */
  placePanel(doc: Document, host: HTMLElement): void;
  /** The open reply or compose editor (the focused one first), or null. */
  findEditor(doc: Document): OpenCompose | null;
  /** Resolves true only when `compose` was really sent; false when discarded or aborted. */
  watchSent(compose: OpenCompose, signal: AbortSignal): Promise<boolean>;
  /** A URL on the current host that opens the webmail's own compose, prefilled. */
  composeUrl(parts: ComposeUrlParts, location: Location): string;
  /** The signed-in user's own addresses as the page shows them (may be empty). */
  pageOwnEmails(doc: Document): string[];
}
