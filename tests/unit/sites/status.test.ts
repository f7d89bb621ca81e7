import { describe, expect, it } from 'vitest';
import {
  resolveStatus,
  statusFromText,
  strongestStatus,
  type BadgeStatus,
} from '@/utils/sites/status';

describe('statusFromText', () => {
  it.each<[string, BadgeStatus | null]>([
    ['Paid', 'paid'],
    ['PAID', 'paid'],
    ['✓ Invoice paid', 'paid'],
    ['Bezahlt', 'paid'],
    ['Payée', 'paid'],
    ['Zapłacona', 'paid'],
    ['Status: Paid', 'paid'],
    ['PaymentComplete', 'paid'],
    ['Partially paid', 'partly_paid'],
    ['partially_paid', 'partly_paid'],
    ['CZĘŚCIOWO ZAPŁACONA', 'partly_paid'],
    ['Teilweise bezahlt', 'partly_paid'],
    ['Overdue', 'overdue'],
    ['Überfällig', 'overdue'],
    ['En retard', 'overdue'],
    ['9 days overdue', 'overdue'],
    ['Overdue by 12 days', 'overdue'],
    ['PaymentPastDue', 'overdue'],
    ['Unpaid', 'open'],
    ['Awaiting payment', 'open'],
    ['Offen', 'open'],
    ['Void', 'void'],
    ['Storniert', 'void'],
    ['Draft', 'void'],
    ['Pay now', null],
    ['Amount paid', null],
    ['Paid plans start at $9', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(statusFromText(text)).toBe(expected);
  });
});

describe('strongestStatus', () => {
  it('void beats paid beats partly paid beats overdue beats open', () => {
    expect(strongestStatus(['open', 'overdue'])).toBe('overdue');
    expect(strongestStatus(['overdue', 'partly_paid'])).toBe('partly_paid');
    expect(strongestStatus(['open', 'paid', 'overdue'])).toBe('paid');
    expect(strongestStatus(['paid', 'void'])).toBe('void');
    expect(strongestStatus([])).toBeNull();
  });
});

describe('resolveStatus', () => {
  const amounts = (total: number | null, due: number | null, paid: number | null = null) => ({
    total,
    due,
    paid,
  });
  it.each([
    ['paid badge', 'paid', amounts(100, null), 'paid'],
    ['nothing left to pay', null, amounts(100, 0), 'paid'],
    ['nothing left after a payment', 'overdue', amounts(null, 0, 100), 'paid'],
    ['void stays unknown even at zero due', 'void', amounts(100, 0), 'unknown'],
    ['overdue badge', 'overdue', amounts(100, 100), 'overdue'],
    ['part paid by amounts', null, amounts(100, 40), 'partly_paid'],
    ['part paid although the heading says unpaid', 'open', amounts(100, 40), 'partly_paid'],
    ['a payment recorded', null, amounts(null, 40, 60), 'partly_paid'],
    ['open by amounts', null, amounts(100, 100), 'open'],
    ['open badge without amounts', 'open', amounts(null, null), 'open'],
    ['nothing known', null, amounts(null, null), 'unknown'],
    ['zero invoice is not paid by amounts alone', null, amounts(0, 0), 'unknown'],
  ] as const)('%s', (_name, badge, values, expected) => {
    expect(resolveStatus(badge, values)).toBe(expected);
  });
});
