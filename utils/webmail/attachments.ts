/**
 * Content-side fetch of an e-mail attachment's bytes (a PDF invoice) from the webmail's own
 * origin, with the user's session, for a thread the user opened. No other origin is ever asked:
 * the URL must be same-origin with the page. Size is capped (15 MB) and the request times out.
 * Carries no PDF code: the bytes go to the background as base64 (`cs-bg:readAttachment`).
 */

export const MAX_ATTACHMENT_BYTES = 15 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

export type AttachmentFetch =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'other_origin' | 'too_large' | 'timeout' | 'http' | 'network' };

/** The attachment URL resolved against the page, or null when it points to another origin. */
export function sameOriginUrl(href: string, pageUrl: string): URL | null {
  try {
    const page = new URL(pageUrl);
    const url = new URL(href, page);
    return url.origin === page.origin && /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

/** True for a PDF attachment by MIME type or file name (webmails often say octet-stream). */
export function isPdfAttachment(name: string, mime: string): boolean {
  return /^application\/(?:x-)?pdf\b/i.test(mime) || /\.pdf$/i.test(name.trim());
}

/**
 * Fetches the bytes at `href` (same origin as `pageUrl` only), reading at most `max` bytes
 * and giving up after `timeoutMs`. Never throws.
 */
export async function fetchAttachment(
  href: string,
  pageUrl: string,
  opts: { max?: number; timeoutMs?: number; fetchFn?: typeof fetch } = {},
): Promise<AttachmentFetch> {
  const url = sameOriginUrl(href, pageUrl);
  if (!url) return { ok: false, reason: 'other_origin' };
  const max = opts.max ?? MAX_ATTACHMENT_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? TIMEOUT_MS);
  try {
    const res = await (opts.fetchFn ?? fetch)(url.href, {
      credentials: 'include',
      redirect: 'follow',
      signal: controller.signal,
    });
    // A redirect may not lead to another origin either.
    if (res.url && !sameOriginUrl(res.url, pageUrl)) return { ok: false, reason: 'other_origin' };
    if (!res.ok) return { ok: false, reason: 'http' };
    if (Number(res.headers.get('content-length') ?? 0) > max)
      return { ok: false, reason: 'too_large' };
    const reader = res.body?.getReader();
    if (!reader) return { ok: false, reason: 'network' };
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) {
        void reader.cancel();
        return { ok: false, reason: 'too_large' };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { ok: true, bytes };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
