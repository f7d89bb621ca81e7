import { describe, expect, it } from 'vitest';
import { badgeText, invoiceBadgeState, localIsoDate } from '@/utils/sites/badge-state';

const invoice = {
  status: 'open' as const,
  amountMinor: 100000,
  paidMinor: 0,
  currency: 'EUR',
  dueDate: '2026-11-09',
};

describe('badge state', () => {
  it('counts days overdue while something is owed', () => {
    expect(invoiceBadgeState(invoice, '2026-11-23')).toEqual({
      status: 'open',
      remainingMinor: 100000,
      currency: 'EUR',
      dueDate: '2026-11-09',
      daysOverdue: 14,
      daysUntilDue: null,
    });
    expect(
      invoiceBadgeState({ ...invoice, status: 'partly_paid', paidMinor: 40000 }, '2026-11-23'),
    ).toMatchObject({ remainingMinor: 60000, daysOverdue: 14 });
  });

  it('counts days until the due date, zero on the day', () => {
    expect(invoiceBadgeState(invoice, '2026-11-06')).toMatchObject({
      daysOverdue: 0,
      daysUntilDue: 3,
    });
    expect(invoiceBadgeState(invoice, '2026-11-09')).toMatchObject({
      daysOverdue: 0,
      daysUntilDue: 0,
    });
  });

  it('is never overdue once paid or disputed, or without a due date', () => {
    expect(
      invoiceBadgeState({ ...invoice, status: 'paid', paidMinor: 100000 }, '2026-12-31'),
    ).toMatchObject({ daysOverdue: 0, daysUntilDue: null });
    expect(invoiceBadgeState({ ...invoice, status: 'disputed' }, '2026-12-31').daysOverdue).toBe(0);
    expect(invoiceBadgeState({ ...invoice, dueDate: null }, '2026-12-31')).toMatchObject({
      daysOverdue: 0,
      daysUntilDue: null,
    });
  });

  it('takes the local calendar date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('badge text', () => {
  const overdue = (n: number) =>
    invoiceBadgeState(
      invoice,
      new Date(Date.parse('2026-11-09T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10),
    );

  it('says how the invoice stands in English', () => {
    expect(badgeText(overdue(14), 'en')).toBe('Tracked by Firmly · 14 days overdue');
    expect(badgeText(overdue(1), 'en')).toBe('Tracked by Firmly · 1 day overdue');
    expect(badgeText(overdue(0), 'en')).toBe('Tracked by Firmly · due today');
    expect(badgeText(overdue(-3), 'en')).toBe('Tracked by Firmly · due in 3 days');
    expect(
      badgeText(
        invoiceBadgeState({ ...invoice, status: 'paid', paidMinor: 100000 }, '2026-11-23'),
        'en',
      ),
    ).toBe('Tracked by Firmly · paid');
    expect(badgeText(null, 'en')).toBe('Tracked by Firmly');
  });

  it.each([
    [1, 'pl', '1 dzień po terminie'],
    [3, 'pl', '3 dni po terminie'],
    [5, 'pl', '5 dni po terminie'],
    [22, 'pl', '22 dni po terminie'],
    [1, 'ru', 'просрочен на 1 день'],
    [3, 'ru', 'просрочен на 3 дня'],
    [11, 'ru', 'просрочен на 11 дней'],
    [21, 'ru', 'просрочен на 21 день'],
    [1, 'he', 'באיחור של יום אחד'],
    [2, 'he', 'באיחור של יומיים'],
    [14, 'he', 'באיחור של 14 ימים'],
  ] as const)('%i days overdue in %s: “%s”', (n, lang, words) => {
    expect(badgeText(overdue(n), lang)).toContain(words);
  });
});
