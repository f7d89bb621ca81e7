/**
 * Labels printed before amounts, in all supported languages (folded: lower case, no accents).
 * They tell the amount due from a line item, a tax line, a subtotal or a payment already made.
 */
import type { LabelTable } from '@/utils/detect/labels';
import { vocab } from '@/utils/detect/text';
import { PAID_STEM, PAY, TAX } from '@/utils/detect/words';

/** What an amount is, judged from its label. */
export type AmountRole =
  'min' | 'due' | 'gross' | 'paid' | 'payment' | 'tax' | 'net' | 'discount' | 'total';

export const AMOUNT_LABELS: LabelTable<AmountRole> = [
  [
    'min',
    vocab(
      'minim~(?: [\\p{L}]+){0,2}|mindest~|минимальн~(?: [\\p{L}]+)?|мінімальн~(?: [\\p{L}]+)?',
      'g',
    ),
  ],
  [
    'due',
    vocab(
      'due(?![\\p{L}])|balance|outstanding|remaining|to pay|payable|owing|do zapłaty|pozostało|saldo|należność|zaległ~|' +
        'к оплате|к уплате|задолженност~|остаток|долг|до сплати|до оплати|заборгованість|залишок|' +
        '[ו]?לתשלום|יתר[הת]|zu zahlen|offen~(?: (?:betrag|summe|posten|rechnungsbetrag))?|noch zu zahlen~|fällig~|restbetrag|ausstehend|montant dû|reste à payer|' +
        'à payer|solde|pendiente|a pagar|por pagar|adeudado|dovuto|da pagare|residuo|te betalen|openstaand|' +
        'verschuldigd|resterend|em aberto|devido|em dívida',
      'g',
    ),
  ],
  [
    'gross',
    vocab(
      'grand total|total amount|incl~\\.? (?:' +
        TAX +
        ')|inkl\\.? (?:' +
        TAX +
        ')|brutto|gross|ttc|ogółem|итого|всего|усього|разом|gesamtbetrag|endbetrag|rechnungsbetrag|' +
        'montant total|importe total|total general|totale (?:fattura|documento)|total geral|' +
        'כולל מע"מ|סה"כ כולל(?: [\\p{L}"]+)?',
      'g',
    ),
  ],
  [
    'paid',
    vocab(
      `${PAID_STEM}|(?:amount )?received|` +
        'otrzymano|получено|отримано|התקבל|ontvangen|recebido|recibido|ricevuto|reçu(?![\\p{L}])',
      'g',
    ),
  ],
  // "Your payment of $49.00": what was paid in a confirmation, what is asked for otherwise
  // ("we could not process your payment of $49.00").
  [
    'payment',
    vocab(
      `${PAY} (?:of|de|di|von|über|van|на сумму|в размере|у розмірі|на суму|w kwocie|w wysokości|על סך)`,
      'g',
    ),
  ],
  ['tax', vocab('(?:' + TAX + ')(?: [\\p{L}]+)?', 'g')],
  [
    'net',
    vocab(
      'sub-?total|sub total|excl~\\.? (?:' +
        TAX +
        ')|exkl\\.? (?:' +
        TAX +
        ')|netto|net(?![\\p{L}])|ht(?![\\p{L}])|sans tva|sin iva|senza iva|zonder btw|sem iva|без (?:ндс|пдв)|bez (?:vat|podatku)|' +
        'zwischensumme|sous-total|base imponible|imponibile|subtotaal|razem netto|' +
        '(?:לפני|ללא) מע"מ',
      'g',
    ),
  ],
  [
    'discount',
    vocab(
      'discount|rabat~|скидк~|знижк~|remise|descuento|sconto|korting|desconto|הנחה|credit',
      'g',
    ),
  ],
  [
    'total',
    vocab(
      'total|amount|sum(?:me)?(?![\\p{L}])|betrag|razem|suma|kwot~|wartość|сумм~|сума|итог|סכום|סה"כ|סך הכל|' +
        'montant|importe|valor|totale|importo|totaal|bedrag',
      'g',
    ),
  ],
];

type Kind = 'invoice' | 'reminder' | 'payment_confirmation';

// How much each role is worth per kind of message; 0 means "never this amount".
// Amount to ask for (invoice, reminder) vs amount that was paid (payment confirmation).
const TO_PAY: Record<AmountRole | 'none', number> = {
  due: 6,
  gross: 5,
  total: 5,
  payment: 4,
  none: 3,
  net: 2,
  min: 1,
  paid: 0,
  tax: 0,
  discount: 0,
};
const PAID: Record<AmountRole | 'none', number> = {
  paid: 6,
  payment: 6,
  gross: 5,
  total: 5,
  none: 4,
  due: 2,
  net: 1,
  min: 0,
  tax: 0,
  discount: 0,
};

/** Score of an amount with label `role` in a message of `kind`. */
export function amountWeight(kind: Kind, role: AmountRole | null): number {
  return (kind === 'payment_confirmation' ? PAID : TO_PAY)[role ?? 'none'];
}
