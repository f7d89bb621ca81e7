/**
 * Which pages may send which content-script request (issue 11, finding 10). A content script runs
 * inside a page, so a request is only as trustworthy as the page it came from: the Gmail panel's
 * requests are accepted only from Gmail, hosted-invoice requests only from the invoicing sites
 * the extension reads (and the Invoice Ninja portals the user approved), and a capture only from
 * a tab where the user just asked for one.
 */
import { MatchPattern } from '#imports';
import { ALL_SITE_MATCHES } from '@/utils/sites';
import type { MessageName } from '@/utils/protocol';
import type { SenderInfo } from './router';
import { OUTLOOK_ORIGINS } from '@/utils/webmail/outlook/origins';

/** Webmail the panel runs in. */
export const WEBMAIL_ORIGINS: readonly string[] = ['https://mail.google.com', ...OUTLOOK_ORIGINS];

/** Kinds of page a content-script request may come from. */
export type SenderPage = 'webmail' | 'invoice-site' | 'capture';

type CsName = Extract<MessageName, `cs-bg:${string}`>;

/** Every `cs-bg` request with the pages allowed to send it. */
export const CS_SENDERS: Record<CsName, readonly SenderPage[]> = {
  'cs-bg:readThread': ['webmail'],
  'cs-bg:threadContext': ['webmail'],
  'cs-bg:classifyReply': ['webmail'],
  'cs-bg:ignoreClient': ['webmail'],
  'cs-bg:recordEvent': ['webmail'],
  'cs-bg:setFollowup': ['webmail'],
  'cs-bg:readAttachment': ['webmail'],
  'cs-bg:observe': ['webmail', 'invoice-site', 'capture'],
  'cs-bg:invoiceStatus': ['invoice-site'],
};

/** What the policy needs to know beyond the request: the runtime state, injected for tests. */
export interface SenderPolicy {
  /** Match patterns the invoice-sites script runs on besides the built-in ones (Invoice Ninja). */
  extraSitePatterns(): Promise<readonly string[]>;
  /** True while `tabId` shows a capture dialog the user opened. */
  captureGranted(tabId: number): Promise<boolean>;
}

const SITE_PATTERNS = ALL_SITE_MATCHES.map((p) => new MatchPattern(p));

/** The URL of the frame that sent the request (content scripts report their frame's URL). */
// Patterns are matched against `href` strings: the service worker has no `Location` class.
function senderUrl(sender: SenderInfo): URL | null {
  try {
    return new URL(sender.url ?? sender.tab?.url ?? '');
  } catch {
    return null;
  }
}

async function isPage(
  page: SenderPage,
  url: URL,
  sender: SenderInfo,
  policy: SenderPolicy,
): Promise<boolean> {
  switch (page) {
    case 'webmail':
      return WEBMAIL_ORIGINS.includes(url.origin);
    case 'invoice-site':
      if (SITE_PATTERNS.some((p) => p.includes(url.href))) return true;
      return (await policy.extraSitePatterns()).some((p) => new MatchPattern(p).includes(url.href));
    case 'capture':
      return sender.tab?.id !== undefined && (await policy.captureGranted(sender.tab.id));
  }
}

/**
 * Null when `sender` may send `name`, else why not. `ui-bg` requests are checked by
 * `checkSender` (extension pages only) and pass here.
 */
export async function checkSenderPage(
  name: MessageName,
  sender: SenderInfo,
  policy: SenderPolicy,
): Promise<string | null> {
  if (!name.startsWith('cs-bg:')) return null;
  const pages = CS_SENDERS[name as CsName];
  const url = senderUrl(sender);
  if (!pages || !url) return 'the sending page is unknown';
  for (const page of pages) if (await isPage(page, url, sender, policy)) return null;
  return `${url.origin} may not send this request`;
}
