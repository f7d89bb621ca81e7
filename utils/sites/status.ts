/**
 * Status badges ("Paid", "Überfällig", "Partially paid", "Void"...) and how they combine with the
 * amounts into a {@link SiteInvoiceStatus}.
 */
import type { SiteInvoiceStatus } from './types';
import { PAID_ON_PREFIXES, STATUS_WORDS } from './vocabulary';
import { normalizeSpace, type PageText } from './page-text';

/** A badge's meaning; `void` (void, cancelled, draft) is reported as `unknown` in the end. */
export type BadgeStatus = SiteInvoiceStatus | 'void';

/** When a page shows several badges, the most decisive wins. */
const PRECEDENCE: readonly BadgeStatus[] = ['void', 'paid', 'partly_paid', 'overdue', 'open'];

/** Lower case with single spaces: how badge texts and status words are compared. */
function foldStatus(text: string): string {
  return normalizeSpace(text).toLowerCase();
}

/** Status word → state; exact lookups, cheap enough for every short text on a page. */
const STATUS_BY_WORD: ReadonlyMap<string, BadgeStatus> = new Map(
  (Object.keys(STATUS_WORDS) as (keyof typeof STATUS_WORDS)[]).flatMap((status) =>
    STATUS_WORDS[status].map((word): [string, BadgeStatus] => [foldStatus(word), status]),
  ),
);

/** "paid on " and the like, longest first. */
const PAID_ON = [...PAID_ON_PREFIXES]
  .map((prefix) => `${foldStatus(prefix)} `)
  .sort((a, b) => b.length - a.length);

/** "9 days overdue", "Overdue by 9 days", "seit 9 Tagen überfällig", "en retard de 9 jours". */
const OVERDUE_BY_DAYS =
  /^(?:\d+\s+days?\s+(?:overdue|past\s+due|late)|(?:overdue|past\s+due|late)\s+by\s+\d+\s+days?|(?:seit\s+)?\d+\s+tage?n?\s+überfällig|en\s+retard\s+de\s+\d+\s+jours?|vencida\s+hace\s+\d+\s+días?|scaduta\s+da\s+\d+\s+giorni|\d+\s+dagen\s+te\s+laat|\d+\s+dni\s+po\s+terminie)$/iu;

/** "Status: Paid" reads as "Paid". */
const STATUS_PREFIX = /^(?:status|statut|estado|stato|stan|zahlungsstatus|payment status)\s*:?\s*/i;
/** Ticks, bullets and other decoration around a badge's word. */
const DECORATION = /^[^\p{L}]+|[^\p{L}]+$/gu;

/** Meaning of a badge text or status attribute value, or null when it is not a status. */
export function statusFromText(text: string): BadgeStatus | null {
  const spaced = normalizeSpace(text);
  if (!spaced || spaced.length > 60) return null;
  const cleaned = spaced.replace(DECORATION, '').replace(STATUS_PREFIX, '');
  if (!cleaned) return null;
  const known = STATUS_BY_WORD.get(foldStatus(cleaned));
  if (known) return known;
  if (/\d/.test(spaced) && OVERDUE_BY_DAYS.test(spaced.replace(STATUS_PREFIX, '')))
    return 'overdue';
  // Machine values: data-status="partially_paid", schema.org PaymentComplete / PaymentPastDue.
  const machine = cleaned.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
  if (machine !== cleaned) return statusFromText(machine);
  return null;
}

/** Recognisers the scan needs; amounts and dates are parsed elsewhere. */
export interface ValueTests {
  isAmount(text: string): boolean;
  isDate(text: string): boolean;
}

/** "Paid on 2 April 2026" / "Bezahlt am 02.04.2026": a confirmation line that means paid. */
export function isPaidOnLine(text: string, isDate: (text: string) => boolean): boolean {
  const line = foldStatus(text);
  if (line.length > 60) return false;
  const prefix = PAID_ON.find((candidate) => line.startsWith(candidate));
  return prefix !== undefined && isDate(line.slice(prefix.length));
}

/** The most decisive of several badges. */
export function strongestStatus(statuses: readonly BadgeStatus[]): BadgeStatus | null {
  for (const status of PRECEDENCE) if (statuses.includes(status)) return status;
  return null;
}

/** Tags that label a value rather than show the state of the whole invoice. */
const NOT_A_BADGE = new Set(['th', 'dt', 'label', 'option', 'a', 'button', 'td']);

/**
 * Standalone status words anywhere on the page. A word counts only when it is alone in its
 * element and no amount sits right after it ("Paid $50.00" is a totals row, not a badge).
 */
export function scanBadges(page: PageText, tests: ValueTests): BadgeStatus[] {
  const found: BadgeStatus[] = [];
  for (const { element, text } of page.shortEntries) {
    if (text.length > 60 || NOT_A_BADGE.has(element.localName)) continue;
    const status = statusFromText(text) ?? (isPaidOnLine(text, tests.isDate) ? 'paid' : null);
    if (!status) continue;
    const next = element.nextElementSibling;
    if (next && tests.isAmount(page.textOf(next))) continue;
    // Only the innermost element: a wrapper around the badge repeats the same text.
    if (Array.from(element.children).some((child) => page.textOf(child) === text)) continue;
    found.push(status);
  }
  return found;
}

/** Amounts that bear on the state, in minor units. */
export interface StatusAmounts {
  total: number | null;
  due: number | null;
  paid: number | null;
}

/**
 * Final state. An explicit badge wins, except that nothing left to pay means paid; amounts decide
 * when no badge does (some due and some paid → partly paid, some due → open).
 */
export function resolveStatus(
  badge: BadgeStatus | null,
  amounts: StatusAmounts,
): SiteInvoiceStatus {
  const { total, due, paid } = amounts;
  if (badge === 'void') return 'unknown';
  if (badge === 'paid') return 'paid';
  if (due === 0 && ((total ?? 0) > 0 || (paid ?? 0) > 0)) return 'paid';
  if (badge === 'partly_paid' || badge === 'overdue') return badge;
  const partly =
    due !== null && due > 0 && ((total !== null && due < total) || (paid !== null && paid > 0));
  if (partly) return 'partly_paid';
  if (badge === 'open') return 'open';
  if (due !== null && due > 0) return 'open';
  return 'unknown';
}
