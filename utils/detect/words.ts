/**
 * Vocabulary shared by several detectors (folded on use): payment words, "received", "paid",
 * tax words. Kept in one place so each concept is spelled once for all languages.
 */

/** A payment: payment, płatność/wpłata/zapłata, оплата/платёж, сплата/платіж, Zahlung, paiement, pago, pagamento, betaling, תשלום. */
export const PAY =
  '(?:payment|płat|wpłat|zapłat|оплат|плат[её]ж|сплат|платіж|zahlung|paiement|pago|pagament|betaling|[הו]?תשלום)~';

/** Received: received, erhalten, reçu, recibido, ricevuto, ontvangen, recebido, otrzymano, получено, отримано, התקבל. */
export const GOT =
  '(?:received|erhalten|eingegangen|reçue?|recib~|ricev~|ontvangen|receb~|otrzyma~|' +
  'получ~|отрима~|поступил~|надійш~|wpłynęł~|zaksięgowan~|התקבל|קיבלנו)';

/** Paid (participles). */
export const PAID_STEM =
  '(?:paid|bezahlt|gezahlt|beglichen|payée?|réglée|pagad[ao]|pagat[ao]|betaald|paga|opłacon|zapłacon|оплачен|сплачен|שולמ)~';

/** Tax words: VAT, MwSt, TVA, IVA, BTW, НДС, ПДВ, מע"מ, podatek. */
export const TAX =
  '(?:vat|tax(?:es)?|gst|hst|ндс|пдв|מע"מ|מעמ|mwst|ust|tva|iva|btw)(?![\\p{L}])|imposta|impuesto|imposto|podat~';
