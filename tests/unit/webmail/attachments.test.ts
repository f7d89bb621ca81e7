import { describe, expect, it, vi } from 'vitest';
import { fetchAttachment, isPdfAttachment, sameOriginUrl } from '@/utils/webmail/attachments';

const PAGE = 'https://mail.google.com/mail/u/0/#inbox/FMfcgz';
const DOWNLOAD =
  'https://mail.google.com/mail/u/0/?ui=2&ik=abc&attid=0.1&permmsgid=msg-f:1&disp=safe';

const respond = (body: Uint8Array<ArrayBuffer>, init: ResponseInit = {}, url = DOWNLOAD) => {
  const res = new Response(body, init);
  Object.defineProperty(res, 'url', { value: url });
  return res;
};

describe('sameOriginUrl', () => {
  it('accepts Gmail download links, relative or absolute', () => {
    expect(sameOriginUrl(DOWNLOAD, PAGE)?.href).toBe(DOWNLOAD);
    expect(sameOriginUrl('/mail/u/0/?attid=0.1', PAGE)?.origin).toBe('https://mail.google.com');
  });
  it('refuses any other origin or scheme', () => {
    expect(sameOriginUrl('https://mail-attachment.googleusercontent.com/x', PAGE)).toBeNull();
    expect(sameOriginUrl('https://evil.example/x.pdf', PAGE)).toBeNull();
    expect(sameOriginUrl('javascript:alert(1)', PAGE)).toBeNull();
    expect(sameOriginUrl('data:application/pdf;base64,AAAA', PAGE)).toBeNull();
  });
});

describe('isPdfAttachment', () => {
  it('knows PDFs by type or name', () => {
    expect(isPdfAttachment('x', 'application/pdf')).toBe(true);
    expect(isPdfAttachment('Faktura 12.PDF', 'application/octet-stream')).toBe(true);
    expect(isPdfAttachment('photo.jpg', 'image/jpeg')).toBe(false);
  });
});

describe('fetchAttachment', () => {
  it('fetches the bytes with the session cookies', async () => {
    const fetchFn = vi.fn(async () => respond(new Uint8Array([37, 80, 68, 70])));
    const r = await fetchAttachment(DOWNLOAD, PAGE, { fetchFn });
    expect(r).toEqual({ ok: true, bytes: new Uint8Array([37, 80, 68, 70]) });
    expect(fetchFn).toHaveBeenCalledWith(
      DOWNLOAD,
      expect.objectContaining({ credentials: 'include' }),
    );
  });
  it('makes no request to another origin', async () => {
    const fetchFn = vi.fn();
    expect(await fetchAttachment('https://evil.example/a.pdf', PAGE, { fetchFn })).toEqual({
      ok: false,
      reason: 'other_origin',
    });
    expect(fetchFn).not.toHaveBeenCalled();
  });
  it('refuses a redirect to another origin', async () => {
    const fetchFn = vi.fn(async () => respond(new Uint8Array([1]), {}, 'https://evil.example/a'));
    expect((await fetchAttachment(DOWNLOAD, PAGE, { fetchFn })).ok).toBe(false);
  });
  it('stops reading past the size cap, announced or not', async () => {
    const big = new Uint8Array(2000);
    const announced = vi.fn(async () =>
      respond(big, { headers: { 'content-length': String(big.length) } }),
    );
    expect(await fetchAttachment(DOWNLOAD, PAGE, { fetchFn: announced, max: 1000 })).toEqual({
      ok: false,
      reason: 'too_large',
    });
    const silent = vi.fn(async () => respond(big));
    expect(await fetchAttachment(DOWNLOAD, PAGE, { fetchFn: silent, max: 1000 })).toEqual({
      ok: false,
      reason: 'too_large',
    });
  });
  it('gives up after the timeout', async () => {
    const fetchFn = vi.fn(
      (_url: string | URL | Request, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    expect(await fetchAttachment(DOWNLOAD, PAGE, { fetchFn, timeoutMs: 20 })).toEqual({
      ok: false,
      reason: 'timeout',
    });
  });
  it('reports HTTP errors', async () => {
    const fetchFn = vi.fn(async () => respond(new Uint8Array(), { status: 403 }));
    expect(await fetchAttachment(DOWNLOAD, PAGE, { fetchFn })).toEqual({
      ok: false,
      reason: 'http',
    });
  });
});
