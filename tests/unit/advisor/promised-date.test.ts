/** Promised payment dates read from replies in each language. "Now" is Monday 2026-11-23. */
import { describe, expect, it } from 'vitest';
import { extractPromisedDate } from '@/utils/advisor';

const NOW = new Date(2026, 10, 23, 12);

describe('extractPromisedDate', () => {
  it.each([
    ['We will pay on Friday.', '2026-11-27', 'day'],
    ["We'll pay on 15 January.", '2027-01-15', 'day'],
    ['Payment will go out December 3rd, 2026.', '2026-12-03', 'day'],
    ['We pay tomorrow', '2026-11-24', 'day'],
    ['Transfer within 10 days', '2026-12-03', 'day'],
    ['in two weeks', '2026-12-07', 'week'],
    ['by the end of the month', '2026-11-30', 'month'],
    ['next week', '2026-12-04', 'week'],
    ['pay by 15/12', '2026-12-15', 'day'],
    ['paid on 2026-12-01', '2026-12-01', 'day'],
    ['Zapłacimy w piątek.', '2026-11-27', 'day'],
    ['Przelew wyślemy 10 grudnia.', '2026-12-10', 'day'],
    ['Zapłacimy do końca miesiąca.', '2026-11-30', 'month'],
    ['Оплатим в пятницу', '2026-11-27', 'day'],
    ['Переведём 15 декабря', '2026-12-15', 'day'],
    ['оплатим через неделю', '2026-11-30', 'week'],
    ['Оплатимо в п’ятницю', '2026-11-27', 'day'],
    ['Сплатимо до кінця тижня', '2026-11-27', 'week'],
    ['נשלם ביום שישי', '2026-11-27', 'day'],
    ['נעביר ב-10 בדצמבר', '2026-12-10', 'day'],
    ['נשלם מחר', '2026-11-24', 'day'],
    ['Wir zahlen am 15.12.', '2026-12-15', 'day'],
    ['Wir überweisen am Freitag', '2026-11-27', 'day'],
    ['Zahlung bis Ende des Monats', '2026-11-30', 'month'],
    ['Nous paierons dans 10 jours', '2026-12-03', 'day'],
    ['Le virement partira le 5 décembre', '2026-12-05', 'day'],
    ['Pagaremos la semana que viene', '2026-12-04', 'week'],
    ['Pagaremos el 10 de diciembre', '2026-12-10', 'day'],
    ["We can't pay until January", '2027-01-31', 'month'],
  ] as const)('%s → %s (%s)', (text, date, precision) => {
    const r = extractPromisedDate(text, NOW);
    expect(r?.date).toBe(date);
    expect(r?.precision).toBe(precision);
    expect(text).toContain(r?.evidence ?? '∅');
  });

  it('prefers the date next to the payment over other dates', () => {
    expect(
      extractPromisedDate('Re invoice of 1 November: we will pay on 4 December.', NOW)?.date,
    ).toBe('2026-12-04');
  });

  it('does not read amounts or modal "may" as dates', () => {
    expect(extractPromisedDate('The total of 12.50 EUR may be paid soon', NOW)).toBeNull();
    expect(extractPromisedDate('Thanks, talk soon', NOW)).toBeNull();
  });
});
