/**
 * Decides what a message is from its cue words: the subject decides first (it names the
 * document: "Reminder: Invoice 12", "Payment received", "New quote Q-7"), the body second.
 */
import {
  ANTICIPATED,
  CUE_NAMES,
  CONDITIONAL,
  CUES,
  INVOICE,
  NEGATED,
  NEGATION,
  PAID_PREFIX,
  PAYMENT_SUBJECT,
  type CueName,
} from '@/utils/detect/kind-cues';

/** What a message is about. */
export type EmailKind = 'invoice' | 'reminder' | 'payment_confirmation' | 'other';

/** Cue counts of one text (capped: a few hits say as much as many), and where the first reminder cue is. */
type Cues = Record<CueName | 'inv', number> & { firstRem: number };

function cues(low: string): Cues {
  const c: Cues = {
    inv: 0,
    firstRem: -1,
    quote: 0,
    statement: 0,
    account: 0,
    paid: 0,
    rem: 0,
    receipt: 0,
    shop: 0,
    news: 0,
    pay: 0,
  };
  INVOICE.lastIndex = 0;
  while (c.inv < 5 && INVOICE.exec(low)) c.inv++;
  CUES.lastIndex = 0;
  for (let m = CUES.exec(low), n = 0; m && n < 40; m = CUES.exec(low), n++) {
    const k = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const name = CUE_NAMES[k];
    if (!name) continue;
    // "not paid", "noch nicht bezahlt": a negated payment phrase says the opposite.
    const before = low.slice(Math.max(0, m.index - 20), m.index);
    if (name === 'paid' && (NEGATION.test(before) || NEGATED.test(m[0]) || ANTICIPATED.test(m[0])))
      continue;
    // "If you have already paid, please ignore this": a courtesy line, not a confirmation.
    if (name === 'paid' && CONDITIONAL.test(low.slice(Math.max(0, m.index - 40), m.index)))
      continue;
    if (name === 'rem' && c.firstRem < 0) c.firstRem = m.index;
    c[name]++;
  }
  return c;
}

/** The kind, and whether the subject alone decided it (a stronger signal). */
export interface KindVerdict {
  kind: EmailKind;
  bySubject: boolean;
  /**
   * The message is the invoice itself (its subject names the invoice, not a payment or receipt)
   * and says it is already paid: the invoice and its payment are both facts.
   */
  paidInvoice?: boolean;
}

/**
 * Classifies a message from its folded subject and body. `hasFields` says whether an invoice
 * number or an amount was found, which a body-only invoice needs.
 */
export function classifyKind(subject: string, body: string, hasFields: boolean): KindVerdict {
  const s = cues(subject);
  const b = cues(body);
  const verdict = (kind: EmailKind, bySubject = true): KindVerdict => ({ kind, bySubject });
  if (s.quote || s.statement || s.account) return verdict('other');
  if (s.rem) return verdict('reminder');
  // The subject names the invoice (not the payment) and says, or the body says, it is paid.
  const namesInvoice = s.inv > 0 && !PAYMENT_SUBJECT.test(subject);
  const paid = (bySubject = true): KindVerdict => ({
    kind: 'payment_confirmation',
    bySubject,
    ...(namesInvoice ? { paidInvoice: true } : {}),
  });
  if (s.paid || PAID_PREFIX.test(subject.trimStart())) return paid();
  if ((s.shop || s.news) && !s.inv) return verdict('other');
  if (s.inv) {
    // A reminder reads as one from its first lines; a footer "we send reminders" does not count.
    if (b.rem && b.firstRem < 600) return verdict('reminder');
    if (b.paid) return paid();
    return verdict('invoice');
  }
  // "Your receipt from X": a payment confirmation when it thanks for a payment or names an
  // invoice, a shop receipt otherwise.
  if (s.receipt && (!b.paid || b.shop) && !(b.inv && hasFields)) return verdict('other');
  const against = b.shop + b.account + b.news + b.statement;
  // Without an invoice word, a newsletter, shop or account mail stays what it is.
  if ((b.quote || against) && !b.inv) return verdict('other', false);
  if (b.rem && (b.inv || b.pay || b.paid) && b.inv + b.rem >= against) {
    return verdict('reminder', false);
  }
  const receiptOfInvoice = (s.receipt || b.receipt) && b.inv > 0 && hasFields;
  if ((b.paid && (b.inv > 0 || against === 0)) || receiptOfInvoice) {
    return verdict('payment_confirmation', false);
  }
  if (b.inv > against && !b.statement && !b.quote && hasFields) return verdict('invoice', false);
  return verdict('other', false);
}
