/**
 * Payment terms stated as a number of days ("Net 30", "payable within 30 days", "płatne w ciągu
 * 14 dni", "в течение 5 дней", "zahlbar innerhalb von 14 Tagen", "à 30 jours", "שוטף+30" = end of the month + 30 days).
 * They give a due date only together with a stated issue date.
 */
import { addDays } from '@/utils/detect/dates';
import { lineStart, rx, vocab } from '@/utils/detect/text';

const DAYS_RE = rx(
  String.raw`(?<!\d)(\d{1,3})\s?-?\s?(?:days?|dni|dnia|дней|дня|день|днів|дні|tagen?|tage|jours?|d[ií]as?|giorni|giorno|dagen|dag|ימים|יום)(?![\p{L}])`,
  'g',
);
const NET_RE = rx(String.raw`(?<![\p{L}])(net|שוטף\s?\+)\s?(\d{1,3})(?!\d|[.,]\d)`, 'g');
// "שוטף" alone ("current month"): payable at the end of the issue month.
const EOM_RE = rx(String.raw`(?<![\p{L}])שוטף(?!\s?\+\s?\d)(?![\p{L}])`);

// "Due upon receipt", "paiement à réception", "sofort fällig", "a vista": a term of zero days.
const ON_RECEIPT = vocab(
  '(?:due|payable|pay|payment)(?: [\\p{L}]+)? (?:up)?on receipt|' +
    '(?:paiement|payable|règlement|exigible)s? (?:à|a|dès) (?:la )?réception|' +
    'sofort (?:fällig|zahlbar)|(?:zahlbar|fällig) sofort|pago (?:al contado|inmediato)|' +
    '(?:pagamento|pago) (?:a vista|immediato|imediato|a pronto)|vista fattura|bij ontvangst|' +
    'płatn~ natychmiast~|(?:оплата|оплатить|сплата|сплатити) негайно|(?:оплата|оплатить) немедленно|' +
    '[ל]?תשלום מיידי|לתשלום מיד',
);

const NET_TERMS = [7, 10, 14, 15, 20, 21, 30, 45, 60, 90, 120];

const TERMS = vocab(
  'due|pay~|terms|within|płat~|zapłat~|termin|оплат~|срок|течение|сплат~|' +
    'протягом|термін|zahl~|fällig|innerhalb|paiement|payable|échéance|conditions|pago|pagar|plazo|' +
    'vencim~|pagament~|entro|scadenza|betal~|betaal~|termijn|binnen|vervaldag|prazo|[ה]?תשלום|תוך',
);
const LATE = vocab(
  'past|over|ago|late|przetermin~|просроч~|прострочен~|überfällig|verzug|retard|atras~|' +
    'vencid~|scadut~|verlopen|achterstal~|איחור|באיחור',
);

/** A payment term: days after the issue date, or after the end of the issue month ("שוטף + 30"). */
export interface PaymentTerm {
  days: number;
  endOfMonth: boolean;
}

/**
 * The payment term stated in folded text `low` (`norm` is the same text unfolded, used for the
 * French "à"), or null. "Overdue by 12 days" is not a term.
 */
export function paymentTerm(low: string, norm: string): PaymentTerm | null {
  NET_RE.lastIndex = 0;
  for (let m = NET_RE.exec(low); m; m = NET_RE.exec(low)) {
    const days = Number(m[2]);
    // Israeli "שוטף + N" counts from the end of the month, whatever N is.
    if (m[1] !== 'net') return { days, endOfMonth: true };
    // Only the usual terms: "Net 100" is more likely a net amount than a term.
    if (NET_TERMS.includes(days)) return { days, endOfMonth: false };
  }
  if (EOM_RE.test(low)) return { days: 0, endOfMonth: true };
  if (ON_RECEIPT.test(low)) return { days: 0, endOfMonth: false };
  DAYS_RE.lastIndex = 0;
  for (let m = DAYS_RE.exec(low); m; m = DAYS_RE.exec(low)) {
    const from = Math.max(lineStart(low, m.index), m.index - 40);
    const window = low.slice(from, m.index);
    if (LATE.test(window)) continue;
    if (TERMS.test(window) || /(?:^|\s)à\s?$/.test(norm.slice(from, m.index))) {
      const days = Number(m[1]);
      if (days > 0 && days <= 180) return { days, endOfMonth: false };
    }
  }
  return null;
}

/** The due date that `term` gives for an invoice issued on `issueDate` (YYYY-MM-DD). */
export function dueFromTerm(issueDate: string, term: PaymentTerm): string | null {
  let from = issueDate;
  if (term.endOfMonth) {
    const [y, m] = issueDate.split('-').map(Number);
    if (!y || !m) return null;
    from = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return addDays(from, term.days);
}
