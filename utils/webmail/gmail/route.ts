/**
 * Gmail's hash routes: which view is open and which thread. Examples:
 * `#inbox/FMfcgzQXJGxq…` (thread), `#label/Clients%2FAcme/1935c8a1b2c3d401` (thread),
 * `#search/invoice` (list), `#inbox/p2` (list, page 2), `#inbox?compose=new` (compose).
 */

/** What the Gmail tab shows. */
export interface GmailRoute {
  view: 'thread' | 'list' | 'compose' | 'other';
  /** The thread id from the route (`FMfcgz…` or 16 hex digits), when a thread is open. */
  threadId: string | null;
  /** The account from `/mail/u/<n>/` or `authuser=`, when a full URL was given. */
  account: string | null;
}

/** List routes, with how many name segments follow before an optional thread id. */
const LISTS: Record<string, number> = {
  inbox: 0,
  starred: 0,
  snoozed: 0,
  sent: 0,
  drafts: 0,
  imp: 0,
  scheduled: 0,
  all: 0,
  spam: 0,
  trash: 0,
  chats: 0,
  label: 1,
  search: 1,
  category: 1,
  'advanced-search': 1,
};

/** New-style ids are long letter/digit strings; legacy ids are 16 hex digits. */
const isThreadId = (s: string) => /^[0-9a-f]{16}$/i.test(s) || /^[A-Za-z0-9_-]{20,}$/.test(s);

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Parses a Gmail location: a hash (`#inbox/…`) or a full URL (then the account is read too).
 * Unknown routes (settings, contacts…) are 'other'; an empty hash is the inbox list.
 */
export function parseGmailRoute(hash: string): GmailRoute {
  const at = hash.indexOf('#');
  const before = at >= 0 ? hash.slice(0, at) : /^[a-z]+:|^\//i.test(hash) ? hash : '';
  const fragment = at >= 0 ? hash.slice(at + 1) : before ? '' : hash;
  const account =
    /\/mail\/u\/([^/?#]+)/.exec(before)?.[1] ?? /[?&]authuser=([^&#]+)/.exec(before)?.[1] ?? null;
  const [path = '', query = ''] = fragment.split('?');
  const parts = path.split('/').filter(Boolean);
  const head = parts[0] ?? 'inbox';
  const names = LISTS[head];
  const id = names === undefined ? undefined : parts[1 + names];
  const route = (view: GmailRoute['view'], threadId: string | null = null): GmailRoute => ({
    view,
    threadId,
    account: account === null ? null : safeDecode(account),
  });
  if (id && isThreadId(id)) return route('thread', id);
  if (/(^|&)compose=/.test(query) || head === 'compose' || /[?&]view=cm(&|$)/.test(before)) {
    return route('compose');
  }
  return route(names === undefined ? 'other' : 'list');
}
