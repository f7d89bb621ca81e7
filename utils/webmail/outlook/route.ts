/**
 * Outlook on the web's routes (history API, no hash): an opened item is
 * `/mail/inbox/id/<ItemId>`, `/mail/0/inbox/id/<ItemId>`, `/mail/id/<ItemId>` or, for a
 * folder by id, `/mail/<FolderId>/id/<ItemId>`. Item ids are URL-encoded base64 (`AAQkAD…%3D`).
 */

/** What the Outlook tab shows. */
export interface OutlookRoute {
  view: 'item' | 'compose' | 'list' | 'other';
  /** The opened item's id, decoded, when an item is open. */
  itemId: string | null;
  /** The mailbox index in `/mail/<n>/` (Outlook.com, secondary accounts), when present. */
  mailbox: string | null;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parses a pathname (or a full URL) of Outlook on the web. */
export function parseOutlookRoute(pathOrUrl: string): OutlookRoute {
  let path = pathOrUrl;
  if (/^https?:/i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      return { view: 'other', itemId: null, mailbox: null };
    }
  }
  path = path.split(/[?#]/)[0] ?? '';
  const parts = path.split('/').filter(Boolean);
  if (parts[0] !== 'mail') return { view: 'other', itemId: null, mailbox: null };
  const rest = parts.slice(1);
  const mailbox = rest[0] !== undefined && /^\d+$/.test(rest[0]) ? rest.shift()! : null;
  if (rest[0] === 'deeplink' || rest[0] === 'compose') {
    return { view: 'compose', itemId: null, mailbox };
  }
  const at = rest.indexOf('id');
  const id = at >= 0 ? rest[at + 1] : undefined;
  if (id && /^[\w%=+.-]{8,}$/.test(id)) {
    return { view: 'item', itemId: safeDecode(id), mailbox };
  }
  return { view: 'list', itemId: null, mailbox };
}
