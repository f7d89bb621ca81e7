import { describe, expect, it } from 'vitest';
import { parseGmailDate } from '@/utils/webmail/date';

/** The instant of a local wall-clock time, for comparisons that hold in any time zone. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();
const instant = (iso: string | null) => (iso === null ? null : Date.parse(iso));

describe('parseGmailDate: header titles quoted in the brief and seen in Gmail', () => {
  it.each([
    ['Mon, Nov 23, 2026, 9:14 AM', local(2026, 11, 23, 9, 14)],
    ['23 lis 2026, 09:14', local(2026, 11, 23, 9, 14)],
    ['23 нояб. 2026 г., 09:14', local(2026, 11, 23, 9, 14)],
    ['23 בנוב׳ 2026, 9:14', local(2026, 11, 23, 9, 14)],
    ['\u200fיום ב׳, 23 בנוב׳ 2026, 16:05', local(2026, 11, 23, 16, 5)],
    ['Thu, Dec 18, 2014 at 12:35 PM', local(2014, 12, 18, 12, 35)],
    ['Fri, Jan 1, 2027, 12:05 AM', local(2027, 1, 1, 0, 5)],
    ['Nov 23, 2026, 9:14 AM (3 days ago)', local(2026, 11, 23, 9, 14)],
    ['śr., 2 gru 2026, 17:45', local(2026, 12, 2, 17, 45)],
    ['mar, 3 mar 2026, 10:00', local(2026, 3, 3, 10, 0)],
    ['mar, 24 nov 2026, 10:00', local(2026, 11, 24, 10, 0)],
    ['23 Kas 2026 Paz 21:14', local(2026, 11, 23, 21, 14)],
    ['٢٣ نوفمبر ٢٠٢٦، ٩:١٤ م', local(2026, 11, 23, 21, 14)],
    ['2026年11月23日(月) 21:14', local(2026, 11, 23, 21, 14)],
    ['2026년 11월 23일 (월) 오후 9:14', local(2026, 11, 23, 21, 14)],
    ['ma 23.11.2026 klo 21.14', local(2026, 11, 23, 21, 14)],
    ['2026-11-23 21:14', local(2026, 11, 23, 21, 14)],
    ['11/23/2026, 9:14 PM', local(2026, 11, 23, 21, 14)],
    ['23 November 2026', local(2026, 11, 23)],
  ])('%s', (title, expected) => {
    expect(instant(parseGmailDate(title))).toBe(expected);
  });

  it('keeps the wall-clock time in the string, with an offset', () => {
    expect(parseGmailDate('Mon, Nov 23, 2026, 9:14 AM')).toMatch(
      /^2026-11-23T09:14:00\.000(Z|[+-]\d\d:\d\d)$/,
    );
  });

  it.each([
    ['9:14 AM (2 hours ago)'], // no date: Gmail's short form for today
    ['Nov 23'], // no year
    ['garbage'],
    [''],
    ['31 lut 2026, 10:00'], // 31 February
    ['Mon, Nov 23, 2026, 25:14'], // no such hour
  ])('returns null for %j', (title) => {
    expect(parseGmailDate(title)).toBeNull();
  });
});

describe('parseGmailDate across UI languages (titles formatted by Intl, as CLDR-based Gmail does)', () => {
  const LOCALES = [
    'en-US',
    'en-GB',
    'pl',
    'ru',
    'uk',
    'he',
    'de',
    'de-AT',
    'fr',
    'fr-CA',
    'es',
    'es-MX',
    'it',
    'pt-BR',
    'pt-PT',
    'nl',
    'sv',
    'da',
    'nb',
    'fi',
    'cs',
    'sk',
    'sl',
    'hu',
    'ro',
    'tr',
    'el',
    'bg',
    'sr',
    'lt',
    'ja',
    'zh-CN',
    'zh-TW',
    'ko',
    'ar',
    'ar-EG',
    'vi',
    'id',
    'ms',
    'fil',
  ];
  const STYLES: [string, Intl.DateTimeFormatOptions][] = [
    [
      'short',
      {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      },
    ],
    [
      'long',
      {
        weekday: 'long',
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      },
    ],
  ];
  // Every month, with days and hours that catch d/m swaps and 12 AM/PM mistakes.
  const DATES = Array.from({ length: 12 }, (_, m) => [
    new Date(2026, m, 1, 0, 7),
    new Date(2026, m, 12, 12, 30),
    new Date(2027, m, 23, 21, 59),
  ]).flat();

  it.each(
    LOCALES.flatMap((locale) =>
      STYLES.map(([style, options]) => [locale, style, options] as const),
    ),
  )('%s (%s)', (locale, _style, options) => {
    const format = new Intl.DateTimeFormat(locale, options);
    const wrong = DATES.map((d) => [format.format(d), d.getTime()] as const).filter(
      ([title, expected]) => instant(parseGmailDate(title)) !== expected,
    );
    expect(wrong).toEqual([]);
  });

  it.each(['th', 'fa'])('returns null for %s titles (not Gregorian years)', (locale) => {
    const title = new Intl.DateTimeFormat(locale, STYLES[0]?.[1]).format(
      new Date(2026, 10, 23, 9, 14),
    );
    expect(parseGmailDate(title)).toBeNull();
  });
});
