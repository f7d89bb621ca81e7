import { describe, expect, it } from 'vitest';
import { digestNotice, followupNotice, noticeT } from '@/utils/followups/notice';
import type { ClientRecord, FollowupRecord, SummaryRecord } from '@/utils/db/records';
import { UI_LANGUAGES } from '@/utils/i18n';
import { noticeStrings } from '@/utils/i18n/notice-strings';

const client = { id: 'c1', name: 'ACME' } as ClientRecord;
const owing = { balances: { PLN: 123456 } } as unknown as SummaryRecord;
const settled = { balances: { PLN: 0 } } as unknown as SummaryRecord;
const followup = { id: 'f1', note: '' } as FollowupRecord;
const step = { headline: 'Send the second reminder', draftUrl: null };

describe('follow-up notifications in the UI language', () => {
  it.each(UI_LANGUAGES)('%s: every phrase is written and filled', (lang) => {
    const t = noticeT(lang);
    const n = followupNotice(followup, client, owing, step, t);
    expect(n.title).toContain('ACME');
    expect(n.message).toContain('Send the second reminder');
    expect(n.title + n.message).not.toMatch(/[{}]/);
    for (const key of Object.keys(noticeStrings.en) as (keyof typeof noticeStrings.en)[])
      expect(noticeStrings[lang]?.[key] ?? noticeStrings.en[key]).toBeTruthy();
  });

  it('writes amounts the way the language does', () => {
    // Polish groups thousands only from five digits on: 1234,56 zł.
    expect(followupNotice(followup, client, owing, null, noticeT('pl')).message).toMatch(
      /^Do zapłaty: 1234,56\szł\.$/u,
    );
    expect(followupNotice(followup, client, settled, null, noticeT('en')).message).toBe(
      'Nothing owed.',
    );
  });

  it.each([
    ['pl', 2, 'Masz 2 zaplanowane przypomnienia'],
    ['pl', 5, 'Masz 5 zaplanowanych przypomnień'],
    ['ru', 3, 'Пора выполнить 3 напоминания'],
    ['ru', 11, 'Пора выполнить 11 напоминаний'],
    ['he', 2, 'שני מעקבים ממתינים לך'],
    ['en', 6, '6 follow-ups are due'],
  ] as const)('%s digest of %i', (lang, count, title) => {
    const missed = Array.from({ length: count }, (_, i) => ({
      client: { ...client, name: `Client ${i}` },
      summary: owing,
    }));
    const n = digestNotice(missed, noticeT(lang));
    expect(n.title).toBe(title);
    expect(n.message.split('\n')).toHaveLength(Math.min(count, 4) + (count > 4 ? 1 : 0));
  });
});
