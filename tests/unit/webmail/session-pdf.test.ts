// @vitest-environment happy-dom
/**
 * The shared webmail session sends each PDF attachment of the open thread to the background once,
 * before the thread itself, with bytes fetched from the page's own origin only; a failed fetch
 * is logged and the body is still read.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebmailAdapter, WebmailThread } from '@/utils/webmail/adapter';

const sent: { type: string; data: Record<string, unknown> }[] = [];
vi.mock('@/utils/messaging', () => ({
  sendMessage: vi.fn(async (type: string, data: Record<string, unknown>) => {
    sent.push({ type, data });
    if (type === 'cs-bg:readAttachment')
      return { status: 'read', facts: { kind: 'invoice' }, overrides: [], cached: false };
    // No client in the thread: the session closes without a panel.
    return { results: [], emails: [], replies: [], language: null };
  }),
}));
const { ThreadSession } = await import('@/utils/webmail/session');

const PAGE = 'https://mail.google.com/mail/u/0/#inbox/abc';
const att = (name: string, mime: string, url: string | null) => ({ name, mime, size: null, url });

function thread(): WebmailThread {
  const msg = (messageId: string, attachments: ReturnType<typeof att>[]) => ({
    messageId,
    from: { email: 'me@x.example', name: null },
    to: [],
    cc: [],
    date: null,
    text: 'W załączeniu przesyłam fakturę.',
    collapsed: false,
    attachments,
  });
  return {
    threadId: 't1',
    subject: 'Faktura FV/12/2026',
    messages: [
      msg('m1', [
        att(
          'faktura.pdf',
          'application/octet-stream',
          'https://mail.google.com/mail/u/0/?attid=0.1',
        ),
        att('logo.png', 'image/png', 'https://mail.google.com/mail/u/0/?attid=0.2'),
        att('other.pdf', 'application/pdf', 'https://evil.example/x.pdf'),
        att('nourl.pdf', 'application/pdf', null),
      ]),
      msg('m2', [
        att('broken.pdf', 'application/pdf', 'https://mail.google.com/mail/u/0/?attid=0.3'),
      ]),
    ],
  };
}

let fetched: string[] = [];
beforeEach(() => {
  sent.length = 0;
  fetched = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(url);
      return url.endsWith('0.3')
        ? new Response('', { status: 404 })
        : new Response(new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55, 10]));
    }),
  );
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('webmail session: PDF attachments', () => {
  it('reads same-origin PDFs once, before the thread, and skips the rest', async () => {
    const session = new ThreadSession({
      ownEmails: [],
      pageUrl: PAGE,
      adapter: { id: 'gmail' } as WebmailAdapter,
    });
    await session.refresh(thread());
    expect(fetched).toEqual([
      'https://mail.google.com/mail/u/0/?attid=0.1',
      'https://mail.google.com/mail/u/0/?attid=0.3',
    ]);
    // The 404 is logged and ignored; the body is still read, after the PDF.
    expect(sent.map((s) => s.type)).toEqual(['cs-bg:readAttachment', 'cs-bg:readThread']);
    expect(sent[0]!.data).toMatchObject({
      messageId: 'm1',
      name: 'faktura.pdf',
      subject: 'Faktura FV/12/2026',
      bodyText: 'W załączeniu przesyłam fakturę.',
      bytesBase64: btoa('%PDF-1.7\n'),
    });
    expect(console.warn).toHaveBeenCalledWith(
      '[Firmly] PDF attachment not read',
      'broken.pdf',
      expect.any(Error),
    );
    // The thread changes (a new message): nothing is fetched again.
    const next = thread();
    next.messages[1]!.text += ' Ponawiam.';
    await session.refresh(next);
    expect(fetched).toHaveLength(2);
    expect(sent.map((s) => s.type)).toEqual([
      'cs-bg:readAttachment',
      'cs-bg:readThread',
      'cs-bg:readThread',
    ]);
  });
});
