// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseOutlookConversation } from '@/utils/webmail/outlook/thread';
import { messageDate } from '@/utils/webmail/date';
import { DE, DRIFTED, EN, HE, HOSTILE, SINGLE, loadOutlook } from './fixtures';

const read = (name: string) => {
  const thread = parseOutlookConversation(loadOutlook(name));
  if (!thread) throw new Error(`nothing read from ${name}`);
  return thread;
};

describe('Outlook reader: English conversation', () => {
  const thread = read(EN);

  it('reads the subject and the conversation id from the subject heading', () => {
    expect(thread.subject).toBe('Invoice INV-2026-014');
    expect(thread.threadId).toBe(
      'AAQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7',
    );
  });

  it('reads expanded and collapsed messages in order, with ids, senders and US dates', () => {
    expect(
      thread.messages.map((m) => [m.messageId, m.from?.email, messageDate(m), m.collapsed]),
    ).toEqual([
      [
        'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A1',
        'sam@carterdesign.example',
        '2026-10-15T09:14:00.000Z',
        false,
      ],
      [
        'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A2',
        'sam@carterdesign.example',
        '2026-11-09T08:30:00.000Z',
        true,
      ],
      [
        'AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A3',
        'dana.lee@northwind.example',
        '2026-11-23T16:05:00.000Z',
        false,
      ],
    ]);
    expect(thread.messages[0]?.from).toEqual({
      email: 'sam@carterdesign.example',
      name: 'Sam Carter',
    });
  });

  it('reads To and Cc from the persona pills, not from label words', () => {
    const first = thread.messages[0];
    expect(first?.to.map((p) => p.email)).toEqual(['dana.lee@northwind.example']);
    expect(first?.cc.map((p) => p.email)).toEqual(['ap@northwind.example']);
  });

  it('reads the body text and drops the quoted history after #divRplyFwdMsg', () => {
    const reply = thread.messages[2]?.text ?? '';
    expect(reply).toContain('we can pay in two parts in December');
    expect(reply).not.toContain('friendly reminder');
    expect(reply).not.toContain('From:');
    expect(thread.messages[0]?.text).toContain('USD 1,250.00');
    expect(thread.messages[1]?.text).toBe('');
  });

  it('lists attachments with a same-origin download URL', () => {
    expect(thread.messages[0]?.attachments).toEqual([
      expect.objectContaining({ name: 'INV-2026-014.pdf', mime: 'application/pdf' }),
    ]);
  });
});

describe('Outlook reader: other UI languages', () => {
  it('German: day-first dates, German labels, the reply without its quote', () => {
    const t = read(DE);
    expect(t.subject).toBe('Rechnung RE-2026-031');
    expect(t.messages.map((m) => messageDate(m))).toEqual([
      '2026-10-15T09:14:00.000Z',
      '2026-11-09T08:30:00.000Z',
      '2026-11-23T16:05:00.000Z',
    ]);
    expect(t.messages[0]?.to.map((p) => p.email)).toEqual(['dana.lee@northwind.example']);
    expect(t.messages[2]?.text).toContain('zwei Raten');
    expect(t.messages[2]?.text).not.toContain('Zitierter');
  });

  it('Hebrew (RTL): same structure, Hebrew text kept, quote dropped', () => {
    const t = read(HE);
    expect(t.messages).toHaveLength(3);
    expect(t.messages[2]?.from?.email).toBe('dana.lee@northwind.example');
    expect(messageDate(t.messages[2]!)).toBe('2026-11-23T16:05:00.000Z');
    expect(t.messages[2]?.text).toContain('נוכל לשלם בדצמבר');
    expect(t.messages[2]?.text).not.toContain('טקסט מצוטט');
  });
});

describe('Outlook reader: layouts', () => {
  it('conversation view off: one message, no conversation container', () => {
    const t = read(SINGLE);
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]?.from?.email).toBe('dana.lee@northwind.example');
    expect(t.messages[0]?.text).toContain('two parts in December');
  });

  it('drifted: first-choice hooks gone, still reads messages from roles, titles and time[datetime]', () => {
    const t = read(DRIFTED);
    expect(t.subject).toBe('Invoice INV-2026-014');
    expect(t.messages.map((m) => [m.from?.email, messageDate(m)])).toEqual([
      ['sam@carterdesign.example', '2026-10-15T09:14:00.000Z'],
      ['dana.lee@northwind.example', '2026-11-23T16:05:00.000Z'],
    ]);
    // No ids in the page: stand-ins that stay the same on every read.
    expect(t.messages[0]?.messageId).toMatch(/^owa:/);
    expect(read(DRIFTED).messages[0]?.messageId).toBe(t.messages[0]?.messageId);
    expect(t.messages[1]?.text).toContain('two parts in December');
  });

  it('returns null where no reading pane shows a message', () => {
    const doc = new DOMParser().parseFromString(
      '<div role="main"><div role="listbox"><div role="option" data-convid="x">a</div></div></div>',
      'text/html',
    );
    expect(parseOutlookConversation(doc)).toBeNull();
  });
});

describe('Outlook reader: hostile input', () => {
  it('reads 200 messages, keeps markup as text, tolerates a missing date', () => {
    const t = read(HOSTILE);
    expect(t.messages).toHaveLength(200);
    expect(t.messages.filter((m) => m.collapsed)).toHaveLength(198);
    expect(messageDate(t.messages[0]!)).toBeNull();
    expect(t.messages[0]?.from?.name).toBe('<b onmouseover=alert(1)>Mallory</b>');
    expect(t.messages[0]?.text).toContain('<script>alert(1)</script>');
    expect(t.subject).toBe('<img src=x onerror=alert(1)> Invoice');
  });
});
