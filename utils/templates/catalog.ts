/**
 * The contract between the advisor and the message texts: which templates exist, which
 * placeholders a text may use, and in which languages. Texts live as data in ./texts/<lang>.ts
 * so users can override any of them from the options page.
 */

export const MESSAGE_LANGUAGES = ['en', 'pl', 'ru', 'uk', 'he', 'de', 'fr', 'es'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/** Right-to-left languages; the UI sets dir="rtl" for these. */
export const RTL_LANGUAGES: readonly MessageLanguage[] = ['he'];

/** Every template the escalation ladder can produce, with what it is for. */
export const TEMPLATE_IDS = {
  courtesy_before_due: 'before_due: friendly heads-up a few days before the due date',
  due_today: 'due: the invoice is due today',
  reminder_gentle: 'overdue_gentle: first reminder after the due date; assumes an oversight',
  reminder_firm: 'overdue_firm: second/third reminder; asks for a payment date by a deadline',
  forgot_friendly: 'forgot: the client said they forgot; short, warm, payment details',
  channel_switch:
    'unresponsive: short note to another contact (e.g. accounts payable) after silence',
  phone_script: 'unresponsive: talking points for a phone call (channel phone, no subject needed)',
  dispute_specifics:
    'quality_dispute: ask for specifics, offer a fix or partial credit, undisputed part stays due',
  invoice_corrected: 'invoice_error: send a corrected invoice with the new amount/date',
  invoice_resend: 'not_received: resend the invoice with all details and payment instructions',
  instalment_offer: 'cash_flow: propose an instalment plan with dates',
  early_payment_discount: 'cash_flow: propose a discount for paying by a date',
  value_explain: 'value_doubt: explain the work delivered and the agreed terms',
  complaint_acknowledge:
    'service_complaint: acknowledge, say what is being fixed, then ask about payment',
  promise_confirm: 'promise_to_pay: confirm the promised date in writing',
  promise_broken: 'broken promise: the promised date passed; ask for payment now, firmer',
  paid_ask_reference: 'already_paid: payment not found; ask for transfer date and reference',
  final_demand:
    'final_demand: formal demand for payment with deadline, statutory interest, compensation',
  handover_notice: 'handover: notice that the claim goes to a collection agency / court on a date',
} as const;
export type TemplateId = keyof typeof TEMPLATE_IDS;

/**
 * Placeholders a template may reference as {{name}}. All values are pre-formatted strings in the
 * message language (money, dates and counted nouns are already in the locale's forms), so texts
 * never do grammar on numbers. `{{#name}}…{{/name}}` renders its inside only when name is non-empty.
 */
export const PLACEHOLDERS = {
  clientName: 'the client company or person, e.g. "Harbor & Finch Inc."',
  contactName: 'the person addressed (full name), may be empty',
  greeting:
    'opening line of a friendly message in the language\'s business form, e.g. "Dear Ms Collins," / "Szanowna Pani Anno,"; generic without a contact',
  formalGreeting:
    'opening line of a formal letter, e.g. "Sehr geehrte Frau Collins," / "Madame,"; generic without a contact',
  contactAttn:
    'the contact in an attention line, e.g. "Ms Sarah Collins", Spanish "del Sr. López"; empty without a contact',
  formalAddress: 'the address inside a closing formula (French "Madame"); may be empty',
  senderName: 'the user (freelancer) name',
  businessName: 'the user business name',
  invoiceNumber: 'number of the main invoice, e.g. "FV/2026/11/003"',
  invoiceList:
    'several invoices, one per line "• No. X — amount, due date", then a total line; empty when only one',
  amount: 'total due on every invoice the message is about, formatted, e.g. "1 234,56 zł"',
  invoiceDue: 'still owed on the main invoice ({{invoiceNumber}}) alone, formatted',
  invoiceAmount: 'full invoice amount (before partial payments), formatted',
  paidAmount: 'already paid part of the main invoice, formatted; empty when nothing paid',
  issueDate: 'invoice issue date formatted in locale; may be empty',
  dueDate: 'due date formatted in locale, e.g. "3 grudnia 2026"',
  daysOverdue: 'counted phrase, e.g. "12 days" / "12 dni" / "12 дней"; empty when not overdue',
  daysUntilDue: 'counted phrase, e.g. "3 days"; empty when due/overdue',
  paymentDetails: 'multi-line payment instructions (IBAN, payment link); may be empty',
  promisedDate: 'date the client promised to pay, formatted',
  instalmentPlan: 'multi-line plan, e.g. "1. 400,00 zł — do 1 grudnia 2026"',
  instalmentCount: 'number of instalments as digits, e.g. "3"',
  discountPercent: 'e.g. "3%"',
  discountedAmount: 'amount after discount, formatted',
  discountDeadline: 'date to pay to get the discount, formatted',
  deadline: 'final deadline date in a demand or handover, formatted',
  payBy: 'date to ask payment by, never in the past (the due date, or a new one after it passed)',
  originalDueDatePassed:
    'the original due date when it has passed and payBy is a new date; empty otherwise',
  unansweredSince:
    'date of the first reminder since the client last wrote, when none was answered; empty after a reply',
  interestAmount: 'statutory interest to date, formatted; empty when legal preset is none',
  interestTerm:
    'the interest\'s name in the law of the letter\'s language ("odsetki ustawowe za opóźnienie w transakcjach handlowych"), else a plain term; empty without interest',
  interestRate: 'annual rate, e.g. "15,75%"; empty when none',
  rateAsOf:
    'the rate table\'s date when it does not reach the period claimed ("as of" that date); empty when current',
  legalAddition:
    'what the law adds without a figure (Ukraine: inflation losses; Israel: linkage and interest); may be empty',
  compensationAmount: 'fixed recovery compensation, formatted; empty when none',
  totalClaim: 'amount + interest + compensation, formatted',
  legalBasis: 'statute name in the message language; empty when legal preset is none',
  correctedNote:
    'what was corrected in the invoice, from the debt log, e.g. "amount: 2 000,00 zł → 1 850,00 zł"; may be empty',
  signature: 'multi-line signature of the user',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

export interface MessageTemplate {
  subject: string;
  body: string;
}
export type TemplateSet = Record<TemplateId, MessageTemplate>;
