/**
 * Vocabulary shared by several detectors (folded on use): payment words, "received", "paid",
 * tax words. Kept in one place so each concept is spelled once for all languages.
 */

/**
 * A payment: payment, płatność/wpłata/zapłata, оплата/платёж, сплата/платіж, Zahlung, paiement,
 * pago, pagamento, betaling, תשלום; and the bank-transfer words used for one (règlement, virement,
 * transferencia, bonifico, Überweisung, przelew, overboeking, transferência).
 */
export const PAY =
  '(?:payment|płat|wpłat|zapłat|оплат|плат[её]ж|сплат|платіж|zahlung|paiement|pago|pagament|betaling|[הו]?תשלום|' +
  'règlement|virement|transferencia|transferência|bonific|überweisung|przelew|overboeking|overschrijving)~';

/** Received: received, erhalten, reçu, recibido, ricevuto, ontvangen, recebido, otrzymano, получено, отримано, התקבל. */
export const GOT =
  '(?:received|erhalten|eingegangen|reçue?|recib~|ricev~|ontvangen|receb~|otrzyma~|' +
  'получ~|отрима~|поступил~|надійш~|wpłynęł~|zaksięgowan~|התקבל|קיבלנו|' +
  'successful~|succeeded|проведен~|зачислен~|зарахован~|gutgeschrieben|verbucht|crédité~|' +
  'acreditad[oa]|accreditat[oa]|bijgeschreven|creditad[oa]|' +
  // "… completed successfully" in each language.
  'erfolgreich|réussi~|avec succès|exitos[oa]|con éxito|con successo|a buon fine|geslaagd|gelukt|' +
  'succesvol|com sucesso|powodzeni~|sukcesem|pomyśln~|успешн~|успішн~|בהצלחה)';

/** Paid (participles). */
export const PAID_STEM =
  '(?:paid|bezahlt|gezahlt|beglichen|payée?|réglée|pagad[ao]|pagat[ao]|betaald|paga|opłacon|zapłacon|оплачен|сплачен|שולמ)~';

/** Tax words: VAT, MwSt, TVA, IVA, BTW, НДС, ПДВ, מע"מ, podatek. */
export const TAX =
  '(?:vat|tax(?:es)?|gst|hst|ндс|пдв|מע"מ|מעמ|mwst|ust|tva|iva|btw)(?![\\p{L}])|imposta|impuesto|imposto|podat~';
