/**
 * Words that tell what a message is, in every supported language (folded vocabulary).
 * `INVOICE`: the document itself; `REMINDER`: overdue/dunning/failed payment; `PAID`: a payment
 * was received; the rest mark mail that is not about an invoice (quotes, shop orders, account
 * security, newsletters, bank statements).
 */
import { vocab } from '@/utils/detect/text';
import { GOT, PAID_STEM, PAY } from '@/utils/detect/words';

const REMINDER =
  "remind~|overdue|past[ -]?due|final notice|(?:not|unable|could not|couldn't) (?:be )?(?:able )?(?:to )?process|" +
  '(?:payment|charge|card)(?: [^\\s]+){0,5} (?:failed|declined|unsuccessful|rejected)|(?:failed|unsuccessful|declined) payment|' +
  "(?:unable|not able|could not|couldn't) to (?:charge|collect)|" +
  'przypom~|zaległ~|przetermin~|wezwanie do zapłaty|напомина~|просроч~|' +
  'нагаду~|прострочен~|(?:zahlungs)?erinnerung|(?:zahlungs)?mahnung|überfällig|zahlungsaufforderung|rappel|' +
  'relance|impayé~|en retard|recordatorio|vencid[ao]s?|impagad~|sollecit~|promemoria|' +
  'scadut[ao]|insolut~|(?:betalings)?herinnering|aanmaning|achterstallig|vervallen|lembrete|em atraso|' +
  'atrasad[ao]|[ו]?תזכורת|באיחור|טרם שולם|לא שולם|przekrocz~|po terminie|истечени~|' +
  '(?:has|have|seems to have) not (?:yet )?been paid|not yet (?:been )?(?:paid|received)|(?:still|remains) unpaid|' +
  // "sigue pendiente de pago", "ist nach wie vor offen", "est toujours impayée": still unpaid.
  '(?:still|nach wie vor|immer noch|toujours|sigue|siguen|todavía|aún|ancora|nog steeds|nog altijd|ainda|' +
  'continua|continúa|nadal|wciąż|всё ещё|досі)(?: [\\p{L}]+){0,2} (?:unpaid|outstanding|offen|' +
  'unbezahlt|impayée?s?|en attente|pendiente|da saldare|insolut~|non pagat~|openstaand|onbetaald|' +
  'em aberto|pendente|por pagar|nieopłacon~|niezapłacon~|не оплачен~|не сплачен~)';

// Building blocks (folded on use): a payment, "received", "thank", "confirm", "paid", "receipt".
const THANKS =
  '(?:thank|dziękuj|спасиб|благодар|дяку|תודה|dank|merci|gracias|grazie|bedankt|obrigad)~';
const CONFIRM = '(?:confirm|bestätig|potwierdz|подтвержд|підтвердж|conferm|bevestig|אישור)~';
const PAID_WORD = PAID_STEM + '(?!\\s?[:\\d$€£])';
const RECEIPT_WORD =
  '(?:receipt|reçu|recibo|ricevuta|quittung|kwit~|квитанц~|[ה]?קבלה|comprovante)';
const ALREADY = '(?:already|bereits|schon|déjà|ya|już|уже|вже|כבר|già|já)';
const BALANCE =
  '(?:balance|amount due|remaining|outstanding|to pay|solde|saldo|restbetrag|offener betrag|pozostało|' +
  'do zapłaty|остаток|к оплате|залишок|до сплати|יתרה)';
const WORDS = (n: number): string => `(?: [\\p{L}]+){0,${n}}`;

/** Invoice words (also used by the invoice-number reader). */
export const INVOICE_WORDS =
  '(?:invoice|bill|faktur~|сч[её]т(?:а|у|ом|е)?|рахун~|[ולבהמש]{0,2}חשבונית|[ה]?דריש(?:ת|ות) תשלום|(?:teil|schluss|abschlags)?rechnung(?:s?nummer|s?-?nr)?|' +
  'factur~|fattur~|factuur(?:nummer)?|fatura|nota fiscal)';

/** "Payment received", "thank you for your payment", "payment confirmation", "invoice … paid". */
const PAID = [
  `${PAY}(?: [^\\s]+){0,5} ${GOT}`,
  // "You've paid invoice 0007", "You sent a payment of $1,200.00".
  // (Not "if you've paid, ignore this".)
  `(?<!(?:if|when|once|after) )you(?:'ve| have)? (?:paid|sent (?:a |your )?payment|made (?:a |your )?payment)`,
  `${GOT}${WORDS(2)} ${PAY}`,
  `${THANKS}${WORDS(4)} ${PAY}`,
  `${PAY} ${CONFIRM}|${CONFIRM}${WORDS(1)} ${PAY}`,
  `${PAY}${WORDS(1)} ${RECEIPT_WORD}|${RECEIPT_WORD}${WORDS(1)} ${PAY}`,
  `${INVOICE_WORDS}(?: [^\\s]+){0,3} ${PAID_WORD}|ha(?:s|ve) been paid|paid in full`,
  'zahlungseingang|zahlungsbestätigung|betalingsbevestiging',
  // "The amount was already settled by direct debit", "już opłacona", "уже оплачен".
  // ("Bereits bezahlt:  500,00 EUR" in a totals block is a label, not a statement.)
  `${ALREADY}${WORDS(4)} (?:${PAID_STEM}|settled)(?!\\s*(?:[:\\d$€£₪]|[a-z]{3} ?\\d))`,
  // Receipts that say nothing is left to pay.
  'nothing (?:is |more )?(?:due|owed|outstanding|left to pay)|(?:has|have) been settled|settled in full|' +
    'nic (?:nie )?(?:pozostało )?do zapłaty|ничего не должны|nichts mehr offen|rien (?:à payer|ne reste dû)|' +
    'nada pendiente|нічого не винні|אין יתרה לתשלום',
  // "Balance due: £0.00", "Saldo pendiente: 0,00 €", "Pozostało do zapłaty: 0,00 zł".
  `${BALANCE}[^\\n\\d]{0,24}0[.,]00(?![\\d.,])`,
].join('|');

const QUOTE =
  'quote|quotation|estimate|proposal|wycen~|ofert~|kosztorys|предложени~|смет[аы]|кошторис|' +
  'пропозиці~|הצע[הת] מחיר|ערכת מחיר|angebot|kostenvoranschlag|devis|presupuesto|cotizaci~|' +
  'preventiv~|offerte|orçamento|cotação|credit (?:note|memo)|new credit|refund~|purchase order|' +
  'zwrot|возврат~|повернення|החזר|(?:ruck)?erstattung|gutschrift|remboursement|reembolso|rimborso|' +
  'terugbetaling|nota (?:de|di) cr[ée]dito|creditnota';

const SHOP =
  'order (?:confirm~|received|#|number|no)|your order|(?:has|have|been) shipped|shipping (?:confirm~|' +
  'notification|update)|out for delivery|tracking|track your|thanks? (?:you )?for (?:your )?(?:order|purchase|shopping)|' +
  'zamówieni~|przesyłk~|заказ~|доставк~|посылк~|замовлен~|bestellung|' +
  'versand~|sendungsverfolgung|commande|expédi~|livraison|colis|pedido|envío|seguimiento|ordine|' +
  'spedizion~|spedit[oa]|bestelling|verzonden|verzending|encomenda|rastreamento|[ה]?הזמנ~|משלוח';

const ACCOUNT =
  'password|passwort|mot de passe|contraseña|wachtwoord|senha|hasł|парол|סיסמ|verif~ (?:code|your)|' +
  'security code|sign-?in|one-time';

const NEWSLETTER =
  'price (?:change|increase|update)|pricing|will cost|new price|unsubscribe|newsletter|\\d{1,2} ?% off|sale ends|shop now|abbestellen|désinscri~|desuscrib~|' +
  'disiscriv~|uitschrijven|descadastr~|wypisz|отписат~|відписат~|להסרה';

const STATEMENT =
  '(?:bank|account) statement|statement of account|kontoauszug|wyciąg~|выписк~|виписк~|' +
  'relevé~|extracto|estratto conto|rekeningafschrift|afschrift|extrato|דף חשבון';

/** Receipts: of an invoice payment when an invoice is named, of a shop purchase otherwise. */
const RECEIPT = RECEIPT_WORD + '|paragon|kwitantie';

/** Words for "payment": a reminder without an invoice word still needs one of these. */
const PAYMENT_WORD = PAY + '|pay';

/** A thanks in advance is not a confirmation ("thank you for your prompt payment"). */
export const ANTICIPATED = vocab(
  'prompt|advance|pünktlich|rapide|puntual|tempestiv|terminow|своевремен|vooraf|vorab|antecip|anticip',
);

// Negations, and the future ("will be processed", "wird abgebucht"): not a payment made yet.
const NOT =
  '(?:not|nie|не|nicht|kein|pas|no|non|niet|não|לא|טרם|yet|never|will|wird|sera|será|sarà|zal|' +
  'будет|буде|zostanie)(?![\\p{L}])';

/** A negation just before a "paid" phrase ("not paid", "noch nicht bezahlt", "не оплачен"). */
export const NEGATION = vocab(NOT + '\\s?(?:[\\p{L}]+\\s)?$');

/**
 * A condition just before a "paid" phrase ("if you have already paid, ignore this"): a reminder's
 * courtesy line, not a confirmation.
 */
export const CONDITIONAL = vocab(
  '(?:if|in case|should|wenn|falls|sofern|si|jeśli|jeżeli|если|якщо|אם|indien|caso)(?![\\p{L}])[^.!?\\n]*$',
);

/** A subject that starts with "Paid:" / "Zapłacono –" names a paid document. */
export const PAID_PREFIX = vocab(`^${PAID_STEM}\\s?[:\\-–—|]`);

/** A subject about the payment itself (a receipt, "payment received"), not about the invoice. */
export const PAYMENT_SUBJECT = vocab(`${PAY}|${RECEIPT_WORD}|pay(?![\\p{L}])`);

/** A negation inside a "payment … received" phrase ("payment is not received"). */
export const NEGATED = vocab(NOT);

export const INVOICE = vocab(
  INVOICE_WORDS + '(?![\\p{L}])|payment request|request for payment',
  'g',
);

/** Cue categories, in the order their alternatives are tried at one position. */
export const CUE_NAMES = [
  'quote',
  'statement',
  'account',
  'paid',
  'rem',
  'receipt',
  'shop',
  'news',
  'pay',
] as const;
export type CueName = (typeof CUE_NAMES)[number];

/**
 * All cue categories in one regex, one capture group each: a single pass over the text is
 * several times faster than one pass per category.
 */
export const CUES = vocab(
  [QUOTE, STATEMENT, ACCOUNT, PAID, REMINDER, RECEIPT, SHOP, NEWSLETTER, PAYMENT_WORD]
    .map((s) => `(${s})`)
    .join('|'),
  'g',
);

/**
 * Titles of documents with amounts that ask for no payment: delivery notes, price lists,
 * purchase orders. Checked only at the top of a message or document, where a title stands.
 */
export const NOT_INVOICE_TITLE = vocab(
  'delivery note|packing (?:slip|list)|lieferschein|bon de (?:livraison|commande)|albar[aá]n|' +
    'documento di trasporto|pakbon|guia de remessa|накладн~|dokument dostawy|price list|preisliste|' +
    'cennik|grille tarifaire|lista de precios|listino|prijslijst|tabela de preços|прайс|מחירון|' +
    'תעודת משלוח|הזמנת רכש|orden de compra|ordine di acquisto|inkooporder|nota de encomenda|' +
    'заказ на покупку|замовлення на купівлю|purchase order|bestellung',
);
