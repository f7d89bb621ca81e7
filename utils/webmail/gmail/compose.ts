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
import type { OpenCompose } from '../draft';

export { insertDraft, type DraftText, type OpenCompose } from '../draft';

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
