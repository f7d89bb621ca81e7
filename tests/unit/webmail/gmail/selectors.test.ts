// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as selectors from '@/utils/webmail/gmail/selectors';
import { querySelectorAllFirst, querySelectorFirst } from '@/utils/webmail/gmail/selectors';
import { warnOnce } from '@/utils/webmail/log';
import { parseHtml } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Gmail selectors', () => {
  const lists = Object.entries(selectors).filter(
    (entry): entry is [string, readonly string[]] =>
      Array.isArray(entry[1]) && entry[1].every((s) => typeof s === 'string'),
  );

  it('are all valid CSS', () => {
    const doc = parseHtml('<div></div>');
    for (const [, list] of lists)
      for (const s of list) expect(() => doc.querySelector(s)).not.toThrow();
    expect(lists.length).toBeGreaterThan(8);
  });

  it('never depend on (English) aria-label or placeholder text', () => {
    for (const [name, list] of lists) {
      for (const s of list) expect(`${name}: ${s}`).not.toMatch(/aria-label|placeholder|:contains/);
    }
  });
});

describe('querySelectorFirst / querySelectorAllFirst', () => {
  const doc = parseHtml('<p class="late">1</p><p class="late">2</p><div class="early">3</div>');

  it('take the first candidate that matches, not the first element in the page', () => {
    expect(querySelectorFirst(doc, ['.missing', '.early', '.late'])?.textContent).toBe('3');
    expect(
      querySelectorAllFirst(doc, ['.missing', '.late', '.early']).map((e) => e.textContent),
    ).toEqual(['1', '2']);
  });

  it('warn once with the [Firmly] prefix when nothing matches, and return nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(querySelectorFirst(doc, ['.nope'], 'test thing')).toBeNull();
    expect(querySelectorAllFirst(doc, ['.nope'], 'test thing')).toEqual([]);
    expect(querySelectorFirst(doc, ['.nope'])).toBeNull(); // no name: optional, silent
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^\[Firmly\] .*test thing/);
  });
});

describe('warnOnce', () => {
  it('logs each message once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    warnOnce('unique message for this test', 1);
    warnOnce('unique message for this test', 2);
    warnOnce('another message');
    expect(warn.mock.calls).toEqual([
      ['[Firmly] unique message for this test', 1],
      ['[Firmly] another message'],
    ]);
  });
});
