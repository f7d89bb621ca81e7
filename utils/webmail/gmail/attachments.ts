/**
 * Attachments of one Gmail message. Gmail marks each attachment chip with
 * `download_url="<mime>:<file name>:<url>"` (gmail.js src/gmail.js @ b7dfdab, 2026-03-25,
 * `api.dom.email` attachments: `span[download_url]`). Only URLs on Gmail's own origin are kept.
 */
import type { WebmailAttachment } from '../adapter';
import { ATTACHMENT } from './selectors';

const ORIGIN = 'https://mail.google.com';

/** Parses one `download_url` value; null when it is not `mime:name:https://mail.google.com/…`. */
export function parseDownloadUrl(value: string): WebmailAttachment | null {
  const m = /^([\w.+-]+\/[\w.+-]+):([^:]*):(https:\/\/.+)$/.exec(value.trim());
  if (!m) return null;
  const [, mime = '', name = '', url = ''] = m;
  return {
    name,
    mime: mime.toLowerCase(),
    size: null,
    url: url.startsWith(`${ORIGIN}/`) ? url : null,
  };
}

/** The attachments listed inside `scope` (a message), in page order, without duplicates. */
export function readAttachments(scope: Element): WebmailAttachment[] {
  const seen = new Set<string>();
  const out: WebmailAttachment[] = [];
  for (const el of Array.from(scope.querySelectorAll(ATTACHMENT))) {
    const a = parseDownloadUrl(el.getAttribute('download_url') ?? '');
    const key = a ? `${a.name}\n${a.url}` : '';
    if (!a || seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}
