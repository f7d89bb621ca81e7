// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseThread, type GmailMessage } from '@/utils/webmail/gmail/thread';
import { messageDate } from '@/utils/webmail/date';
import { COMPOSE_FIXTURE, LIST_FIXTURE, loadFixture, parseHtml } from './fixtures';

interface Expected {
  id: string;
  from: string;
  fromName: string;
  to: string[];
  cc: string[];
  /** Local wall-clock time the header shows. */
  at: [number, number, number, number, number] | null;
  collapsed: boolean;
  has: string[];
  hasNot: string[];
}

const at = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const local = (a: Expected['at']) =>
  a ? new Date(a[0], a[1] - 1, a[2], a[3], a[4]).getTime() : null;

const EN: Expected[] = [
  {
    id: '#msg-f:1816431190000000001',
    from: 'sam@carterdesign.example',
    fromName: 'Sam Carter',
    to: ['dana.lee@northwind.example'],
    cc: ['ap@northwind.example'],
    at: [2026, 10, 15, 9, 14],
    collapsed: false,
    has: ['Invoice INV-2026-014', 'USD 1,250.00', 'November 1, 2026', 'Hi Dana,\n\nPlease find'],
    hasNot: ['INV-2026-014.pdf', 'Show details'],
  },
  {
    id: '#msg-f:1816431190000000002',
    from: 'sam@carterdesign.example',
    fromName: 'Sam Carter',
    to: [],
    cc: [],
    at: [2026, 11, 9, 8, 30],
    collapsed: true,
    has: [],
    hasNot: [],
  },
  {
    id: '#msg-f:1816431190000000003',
    from: 'dana.lee@northwind.example',
    fromName: 'Dana Lee',
    to: ['sam@carterdesign.example'],
    cc: ['ap@northwind.example'],
    at: [2026, 11, 23, 16, 5],
    collapsed: false,
    has: [
      "Sorry for the delay — we're waiting for our client to pay us, we can pay in two parts in December.",
    ],
    hasNot: ['wrote:', 'friendly reminder', 'On Mon'],
  },
];

const THREADS: [string, string, string, Expected[]][] = [
  [
    'thread_en_2026-11__constructed.html',
    // issue 11: the legacy id is preferred (the perm id can be "undefined" or missing).
    '1935c8a1b2c3d401',
    'Invoice INV-2026-014',
    EN,
  ],
  // The same thread after a Gmail redesign: found through ids, [email], roles and titles only.
  [
    'thread_drifted_2026-11__constructed.html',
    'thread-f:1816431190000000001',
    'Invoice INV-2026-014',
    EN,
  ],
  [
    'thread_pl_2026-11__constructed.html',
    '1935c8a1b2c3d501',
    'Faktura FV/2026/10/014',
    [
      {
        id: '#msg-f:1816431190000000101',
        from: 'anna@nowak-studio.example',
        fromName: 'Anna Nowak',
        to: ['piotr.wisniewski@klient.example'],
        cc: ['ksiegowosc@klient.example'],
        at: [2026, 10, 15, 9, 14],
        collapsed: false,
        has: ['FV/2026/10/014', '5\u00a0400,00 zł', 'Termin płatności: 1 listopada 2026'],
        hasNot: [],
      },
      {
        id: '#msg-f:1816431190000000102',
        from: 'anna@nowak-studio.example',
        fromName: 'Anna Nowak',
        to: [],
        cc: [],
        at: [2026, 11, 9, 8, 30],
        collapsed: true,
        has: [],
        hasNot: [],
      },
      {
        id: '#msg-f:1816431190000000103',
        from: 'piotr.wisniewski@klient.example',
        fromName: 'Piotr Wiśniewski',
        to: ['anna@nowak-studio.example'],
        cc: [],
        at: [2026, 11, 23, 16, 5],
        collapsed: false,
        has: ['przepraszamy za opóźnienie', 'w dwóch ratach w grudniu', 'Piotr Wiśniewski'],
        hasNot: ['napisał(a)', 'uprzejmie przypominam', '>'],
      },
    ],
  ],
  [
    'thread_he_2026-11__constructed.html',
    '1935c8a1b2c3d601',
    'חשבונית 2026-014',
    [
      {
        id: '#msg-f:1816431190000000201',
        from: 'yossi@levi-design.example',
        fromName: 'יוסי לוי',
        to: ['michal@lakoach.example'],
        cc: ['heshbonot@lakoach.example'],
        at: [2026, 10, 15, 9, 14],
        collapsed: false,
        has: ['חשבונית מס׳ 2026-014', '4,200.00 ₪', 'לתשלום עד 1 בנובמבר 2026'],
        hasNot: [],
      },
      {
        id: '#msg-f:1816431190000000202',
        from: 'yossi@levi-design.example',
        fromName: 'יוסי לוי',
        to: [],
        cc: [],
        at: [2026, 11, 9, 8, 30],
        collapsed: true,
        has: [],
        hasNot: [],
      },
      {
        id: '#msg-f:1816431190000000203',
        from: 'michal@lakoach.example',
        fromName: 'מיכל כהן',
        to: ['yossi@levi-design.example'],
        cc: [],
        at: [2026, 11, 23, 16, 5],
        collapsed: false,
        has: ['סליחה על העיכוב', 'נוכל לשלם בשני תשלומים בדצמבר'],
        hasNot: ['תזכורת ידידותית', 'מאת'],
      },
    ],
  ],
  [
    'thread_inline-reply_2026-11__constructed.html',
    '1935c8a1b2c3d401',
    'Invoice INV-2026-014',
    [EN[0], EN[2]].filter((m): m is Expected => m !== undefined),
  ],
];

describe('parseThread on thread fixtures', () => {
  it.each(THREADS)('%s: thread id and subject', (file, threadId, subject, messages) => {
    const thread = parseThread(loadFixture(file));
    expect(thread?.threadId).toBe(threadId);
    expect(thread?.subject).toBe(subject);
    expect(thread?.messages.map((m) => m.messageId)).toEqual(messages.map((m) => m.id));
  });

  const rows = THREADS.flatMap(([file, , , messages]) =>
    messages.map((m, i) => [file, i, m] as const),
  );
  it.each(rows)('%s: message %i', (file, index, expected) => {
    const msg = parseThread(loadFixture(file))?.messages[index] as GmailMessage;
    expect(msg.from).toEqual({ email: expected.from, name: expected.fromName });
    expect(msg.to.map((p) => p.email)).toEqual(expected.to);
    expect(msg.cc.map((p) => p.email)).toEqual(expected.cc);
    // Gmail shows dates as text; the background reads them (messageDate).
    expect(at(messageDate(msg))).toBe(local(expected.at));
    expect(msg.collapsed).toBe(expected.collapsed);
    if (expected.collapsed) expect(msg.text).toBe('');
    else expect(msg.text.length).toBeGreaterThan(0);
    for (const s of expected.has) expect(msg.text).toContain(s);
    for (const s of expected.hasNot) expect(msg.text).not.toContain(s);
  });

  it('names recipients from their name attribute', () => {
    const msg = parseThread(loadFixture('thread_pl_2026-11__constructed.html'))?.messages[0];
    expect(msg?.cc).toEqual([
      { email: 'ksiegowosc@klient.example', name: 'Księgowość Klient sp. z o.o.' },
    ]);
  });
});

describe('parseThread on pages without an open thread', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([LIST_FIXTURE, COMPOSE_FIXTURE])('returns null on %s', (file) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseThread(loadFixture(file))).toBeNull();
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1); // warns (once) instead of throwing
  });
});

describe('parseThread on hostile content', () => {
  const FILE = 'thread_hostile_2026-11__constructed.html';
  const pwned = () => (globalThis as { __firmlyHostile?: unknown }).__firmlyHostile;

  it('returns markup as text, drops invisible parts, ignores forged nested ids', async () => {
    const doc = loadFixture(FILE);
    const elementsBefore = doc.querySelectorAll('*').length;
    const thread = parseThread(doc);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(thread?.subject).toBe('Re: <i>urgent</i> invoice <script>x()</script>');
    expect(thread?.messages).toHaveLength(1);
    const msg = thread?.messages[0];
    expect(msg?.messageId).toBe('#msg-f:1816431190000000301');
    expect(msg?.from?.email).toBe('mallory@evil.example');
    expect(msg?.from?.name).toContain('<img src=x onerror=');
    expect(msg?.to.map((p) => p.email)).toEqual(['sam@carterdesign.example']);
    expect(at(msg ? messageDate(msg) : null)).toBe(new Date(2026, 10, 24, 11, 0).getTime());
    expect(msg?.text).toContain('<script>alert("pwned")</script>');
    expect(msg?.text).toContain('Invoice <b>INV-666</b>');
    expect(msg?.text).toContain('<img src=x onerror=alert(1)> & <!-- not a comment -->');
    for (const hidden of [
      'script ran',
      'onerror ran',
      'color: red',
      'HIDDEN PREHEADER',
      'parent.__firmly',
    ]) {
      expect(msg?.text).not.toContain(hidden);
    }
    // Nothing ran and nothing was added to the page.
    expect(pwned()).toBeUndefined();
    expect(doc.querySelectorAll('*').length).toBe(elementsBefore);
  });
});

describe('parseThread fallbacks on small pages', () => {
  it('finds messages without ids through ARIA list items holding an address', () => {
    const doc = parseHtml(`<div role="main"><h2>Quarterly invoice</h2><div role="list">
      <div role="listitem" aria-expanded="true"><h3><span email="a@x.example" name="A">A</span></h3>
        <span title="23 lis 2026, 09:14">09:14</span><div>to <span email="b@y.example" name="B">B</span></div>
        <div><div>Płatność w grudniu, dziękuję.</div></div></div>
      <div role="listitem" aria-expanded="false"><h3><span email="b@y.example" name="B">B</span></h3>
        <span title="24 lis 2026, 10:00">10:00</span><div>Snippet</div></div>
    </div></div>`);
    const thread = parseThread(doc);
    expect(thread?.subject).toBe('Quarterly invoice');
    expect(thread?.messages.map((m) => [m.messageId, m.from?.email, m.collapsed])).toEqual([
      ['', 'a@x.example', false],
      ['', 'b@y.example', true],
    ]);
    expect(thread?.messages[0]?.to.map((p) => p.email)).toEqual(['b@y.example']);
    expect(thread?.messages[0]?.text).toBe('Płatność w grudniu, dziękuję.');
    expect(thread?.messages[1]?.text).toBe('');
  });

  it('takes the heading nearest before the messages, not the hidden list view heading', () => {
    const doc = parseHtml(`<div role="main" style="display:none"><h2>Conversations</h2></div>
      <div role="main"><h2>Re: invoice 7</h2><div role="list"><div role="listitem">
        <div data-legacy-message-id="1935c8a1b2c3d401"><span email="a@x.example">a@x.example</span>
        <div class="a3s">Body <h2>Heading inside the e-mail</h2></div></div></div></div></div>`);
    const thread = parseThread(doc);
    expect(thread?.subject).toBe('Re: invoice 7');
    expect(thread?.threadId).toBeNull();
    expect(thread?.messages[0]?.messageId).toBe('1935c8a1b2c3d401');
    expect(thread?.messages[0]?.from).toEqual({ email: 'a@x.example', name: null });
  });

  it.each([
    [
      'English',
      'to <span class="g2" email="a@x.example">A</span>, cc: <span class="g2" email="b@x.example">B</span>',
    ],
    [
      'Polish',
      'do <span class="g2" email="a@x.example">A</span>, DW: <span class="g2" email="b@x.example">B</span>',
    ],
    [
      'Russian',
      'кому: <span class="g2" email="a@x.example">A</span>, копия: <span class="g2" email="b@x.example">B</span>',
    ],
    [
      'any "label:"',
      'an: <span class="g2" email="a@x.example">A</span> · otro: <span class="g2" email="b@x.example">B</span>',
    ],
    [
      'bcc dropped',
      'to <span class="g2" email="a@x.example">A</span> cc: <span class="g2" email="b@x.example">B</span> bcc: <span class="g2" email="c@x.example">C</span>',
    ],
  ])('splits to and cc by the label between them (%s)', (_lang, line) => {
    const doc = parseHtml(`<h2 class="hP">S</h2><div class="adn" data-message-id="#msg-f:1">
      <span class="gD" email="s@x.example" name="S">S</span><span class="hb">${line}</span>
      <div class="a3s">Hi</div></div>`);
    const msg = parseThread(doc)?.messages[0];
    expect(msg?.to.map((p) => p.email)).toEqual(['a@x.example']);
    expect(msg?.cc.map((p) => p.email)).toEqual(['b@x.example']);
  });
});

describe("Gmail's DOM as it is in 2025–2026 (issue 11)", () => {
  const thread = (html: string) =>
    parseThread(parseHtml(`<body><div role="main">${html}</div></body>`));
  const message = (id: string, from: string) =>
    `<div role="listitem" aria-expanded="true"><div class="adn ads" ${id}>` +
    `<h3><span class="gD" email="${from}" name="X">X</span></h3>` +
    `<span class="g3" title="Mon, Nov 23, 2026, 4:05 PM">4:05 PM</span>` +
    `<div class="ii gt"><div class="a3s">Body of ${from}</div></div></div></div>`;

  it('prefers data-legacy-thread-id and never takes "undefined" as the id', () => {
    const t = thread(
      `<h2 class="hP" data-thread-perm-id="undefined" data-legacy-thread-id="19a0b1c2d3e4f506">S</h2>` +
        message('data-message-id="#msg-f:1"', 'a@x.example'),
    );
    expect(t?.threadId).toBe('19a0b1c2d3e4f506');
    const none = thread(
      `<h2 class="hP" data-thread-perm-id="undefined">S</h2>` +
        message('data-message-id="#msg-f:1"', 'a@x.example'),
    );
    expect(none?.threadId).toBeNull();
  });

  it('reads a reply just sent that carries only data-message-id="#msg-a:r…"', () => {
    const t = thread(
      `<h2 class="hP">S</h2>` +
        message('data-message-id="#msg-f:1"', 'a@x.example') +
        message('data-message-id="#msg-a:r-1234567890"', 'me@y.example'),
    );
    expect(t?.messages.map((m) => [m.messageId, m.from?.email])).toEqual([
      ['#msg-f:1', 'a@x.example'],
      ['#msg-a:r-1234567890', 'me@y.example'],
    ]);
  });

  it('counts collapsed messages that carry no id instead of dropping them silently', () => {
    const collapsedNoId =
      `<div role="listitem" aria-expanded="false"><div class="adf ads">` +
      `<span class="gD" email="b@x.example" name="B">B</span></div></div>`;
    const t = thread(
      `<h2 class="hP">S</h2>` +
        collapsedNoId +
        collapsedNoId +
        message('data-message-id="#msg-f:3"', 'a@x.example'),
    );
    expect(t?.messages).toHaveLength(1);
    expect(t?.idlessCollapsed).toBe(2);
  });
});
