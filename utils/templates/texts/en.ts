import type { TemplateSet } from '@/utils/templates/catalog';

/*
 * English message texts, written as a competent freelancer writes to a business client: short,
 * specific, polite, and exactly as firm as the stage warrants. Conventions:
 * - The greeting is {{greeting}} / {{formalGreeting}}: "Dear Ms Collins," with a contact person,
 *   else "Hello," / "Dear Sir or Madam," (greeting.ts).
 * - A sentence about one invoice gives that invoice's own amount ({{invoiceDue}}); when several are
 *   owed, {{invoiceList}} names each with its amount and due date and ends with the total.
 * - A message asks for payment by a date that has not passed ({{payBy}}, {{deadline}}).
 * - What the letter says about history ("no reply since…") comes from the log ({{unansweredSince}}).
 * - Every reminder states the invoice, the amount and the date, and gives a way to pay.
 * - Nothing threatens what the stage does not do: only final_demand and handover_notice mention
 *   interest, compensation, collection or court, and they name a date.
 * - Amounts, dates and counted days arrive pre-formatted (values.ts), so the text never does
 *   grammar on numbers.
 */

/** Joins lines with \n so the texts stay readable in source. */
const lines = (...parts: string[]): string => parts.join('\n');

const HELLO = '{{greeting}}';
const HELLO_FORMAL = '{{formalGreeting}}';
const LIST = '{{#invoiceList}}\n\nOpen invoices:\n{{invoiceList}}{{/invoiceList}}';
const PAID =
  '{{#paidAmount}} (after the {{paidAmount}} already received — thank you){{/paidAmount}}';
const PAID_FORMAL =
  '{{#paidAmount}} (after deducting the {{paidAmount}} already received){{/paidAmount}}';
const PAY = '{{#paymentDetails}}\n\nPayment details:\n{{paymentDetails}}{{/paymentDetails}}';
const THANKS = '\n\nThank you,\n{{signature}}';
const REGARDS = '\n\nKind regards,\n{{signature}}';
const FORMAL = '\n\nYours faithfully,\n{{signature}}';

/** English (en) texts for every template in the catalog. */
export const en: TemplateSet = {
  courtesy_before_due: {
    subject: 'Invoice {{invoiceNumber}} — due on {{dueDate}}',
    body:
      lines(
        HELLO,
        '',
        `A quick heads-up that invoice {{invoiceNumber}} for {{invoiceDue}} falls due on {{dueDate}}{{#daysUntilDue}}, in {{daysUntilDue}}{{/daysUntilDue}}.${LIST}${PAY}`,
        '',
        "If anything is missing for your accounts team to process it — a PO number, a different billing address — just tell me and I'll send an updated copy.",
      ) + THANKS,
  },

  due_today: {
    subject: 'Invoice {{invoiceNumber}} is due today',
    body:
      lines(
        HELLO,
        '',
        `Just a reminder that invoice {{invoiceNumber}} for {{invoiceDue}}${PAID} is due today, {{dueDate}}.${LIST}${PAY}`,
        '',
        'If the payment is already on its way, please ignore this note.',
      ) + THANKS,
  },

  reminder_gentle: {
    subject: 'Reminder: invoice {{invoiceNumber}} ({{invoiceDue}})',
    body:
      lines(
        HELLO,
        '',
        `I couldn't find a payment for invoice {{invoiceNumber}} yet. It was due on {{dueDate}}{{#daysOverdue}}, {{daysOverdue}} ago{{/daysOverdue}}, and {{invoiceDue}} is outstanding${PAID}.${LIST}`,
        '',
        `It has probably just slipped through — could you check on your side and let me know when I can expect the transfer?${PAY}`,
      ) + THANKS,
  },

  reminder_firm: {
    subject: 'Overdue: invoice {{invoiceNumber}} — please confirm a payment date',
    body:
      lines(
        HELLO,
        '',
        `Invoice {{invoiceNumber}} is now {{#daysOverdue}}{{daysOverdue}} {{/daysOverdue}}past its due date of {{dueDate}}, and the payment hasn't arrived yet. The amount outstanding on it is {{invoiceDue}}${PAID}.${LIST}`,
        '',
        'Please settle it{{#deadline}} by {{deadline}}{{/deadline}}, or reply with the date the payment will be made. If something is holding it up — a question about the invoice, an approval, a problem with the work — tell me and we can sort it out.' +
          PAY,
      ) + REGARDS,
  },

  forgot_friendly: {
    subject: 'Invoice {{invoiceNumber}} — payment details',
    body:
      lines(
        HELLO,
        '',
        `No problem at all, it happens. Here is everything in one place: invoice {{invoiceNumber}}, {{invoiceDue}}, due on {{dueDate}}.${LIST}${PAY}`,
        '',
        'A short note once the transfer is done would be great.',
      ) + THANKS,
  },

  channel_switch: {
    subject: 'Unpaid invoice {{invoiceNumber}} for {{clientName}} — who should I contact?',
    body:
      lines(
        'Hello,',
        '',
        `I'm writing about invoice {{invoiceNumber}} issued to {{clientName}} for {{invoiceDue}}${PAID}, due on {{dueDate}}{{#daysOverdue}} and now {{daysOverdue}} overdue{{/daysOverdue}}.{{#unansweredSince}} I have had no reply from my usual contact since my reminder of {{unansweredSince}}.{{/unansweredSince}} I'd be grateful if you could either arrange the payment or point me to the person who handles supplier invoices.${LIST}${PAY}`,
        '',
        'I can resend the invoice or any supporting documents if that helps.',
      ) + REGARDS,
  },

  phone_script: {
    subject: 'Call {{clientName}} about invoice {{invoiceNumber}}',
    body: lines(
      'Phone call: {{clientName}}{{#contactName}}, ask for {{contactName}}{{/contactName}}',
      '',
      '1. Introduce yourself: {{senderName}}{{#businessName}}, {{businessName}}{{/businessName}}, calling about invoice {{invoiceNumber}}.',
      '2. The facts: {{invoiceDue}} outstanding on invoice {{invoiceNumber}}{{#paidAmount}} ({{paidAmount}} already received){{/paidAmount}}, due on {{dueDate}}{{#daysOverdue}}, now {{daysOverdue}} overdue{{/daysOverdue}}{{#unansweredSince}}; no reply to e-mail reminders since {{unansweredSince}}{{/unansweredSince}}.',
      '3. Ask: "Has the invoice reached you, and is there anything stopping the payment?"',
      '4. Listen for the reason (not received, a question about the amount, a problem with the work, cash flow) and note it.',
      '5. Agree a concrete payment date, or the name and address of the person who can approve it.',
      '6. Close: "I\'ll send you a short e-mail confirming what we agreed today."',
      '{{#invoiceList}}',
      'Invoices:',
      '{{invoiceList}}',
      '{{/invoiceList}}',
      '{{#paymentDetails}}',
      'Payment details to read out if asked:',
      '{{paymentDetails}}',
      '{{/paymentDetails}}',
    ),
  },

  dispute_specifics: {
    subject: 'Re: invoice {{invoiceNumber}} — your concerns about the work',
    body:
      lines(
        HELLO,
        '',
        "Thank you for telling me — I'd much rather hear about a problem than have it sit unresolved.",
        '',
        "To put it right, could you send me the specifics: which parts of the work don't meet what we agreed, and what you expected instead? Screenshots, examples or page references would help. Once I have them I'll propose a fix with a date, or, if a fix isn't what you need, a partial credit on invoice {{invoiceNumber}} that reflects the issue.",
        '',
        "The parts of the work you're happy with aren't in question, so I'd ask that the undisputed part of {{amount}} is paid as usual while we resolve the rest." +
          LIST +
          PAY,
      ) + REGARDS,
  },

  invoice_corrected: {
    subject: 'Corrected invoice {{invoiceNumber}}',
    body:
      lines(
        HELLO,
        '',
        `Thank you for spotting that. Attached is the corrected invoice {{invoiceNumber}}.{{#correctedNote}} What changed: {{correctedNote}}.{{/correctedNote}} The amount due on it is {{invoiceDue}}${PAID}.${LIST}`,
        '',
        `Please pay it by {{payBy}}{{#originalDueDatePassed}} — a new date, as the original due date of {{originalDueDatePassed}} has passed{{/originalDueDatePassed}}.${PAY}`,
        '',
        'Please disregard the earlier version. If anything else needs changing for your records, let me know.',
      ) + THANKS,
  },

  invoice_resend: {
    subject: 'Invoice {{invoiceNumber}} (resent)',
    body:
      lines(
        HELLO,
        '',
        `Sorry the invoice didn't reach you. Here it is again — invoice {{invoiceNumber}}{{#issueDate}} dated {{issueDate}}{{/issueDate}}, for {{invoiceDue}}${PAID}. I've attached the PDF.${LIST}`,
        '',
        `Please pay it by {{payBy}}{{#originalDueDatePassed}} — a new date, since the invoice reaches you after its original due date of {{originalDueDatePassed}}{{/originalDueDatePassed}}.${PAY}`,
        '',
        'Could you confirm it has arrived this time? If invoices should go to a different address (accounts payable, a supplier portal), let me know and I will use it from now on.',
      ) + THANKS,
  },

  instalment_offer: {
    subject: 'Invoice {{invoiceNumber}} — proposed payment plan',
    body:
      lines(
        HELLO,
        '',
        `Thanks for being upfront about the timing. To make it easier to handle, I can split the {{amount}} owed into {{instalmentCount}} instalments:${LIST}`,
        '',
        '{{instalmentPlan}}',
        '',
        `If these dates work, a one-line reply confirming them is enough. While the instalments arrive on time I will send no further reminders; if one is missed, the whole remaining balance becomes due at once. If you need different dates, suggest them and we'll find something workable.${PAY}`,
      ) + REGARDS,
  },

  early_payment_discount: {
    subject: 'Invoice {{invoiceNumber}} — {{discountPercent}} off if paid by {{discountDeadline}}',
    body:
      lines(
        HELLO,
        '',
        `To help close the balance, I can offer a {{discountPercent}} discount if it is paid by {{discountDeadline}}: {{discountedAmount}} instead of {{amount}}.${LIST}${PAY}`,
        '',
        'After that date the full amount applies again. Let me know if you would rather agree on a payment plan instead.',
      ) + REGARDS,
  },

  value_explain: {
    subject: 'Invoice {{invoiceNumber}} — what it covers',
    body:
      lines(
        HELLO,
        '',
        "Thank you for raising the question — it's fair to want to see what you are paying for.",
        '',
        `Invoice {{invoiceNumber}}{{#issueDate}} of {{issueDate}}{{/issueDate}} for {{invoiceDue}} covers the work we agreed and I delivered, at the rates and scope set out in our agreement. I'm happy to walk you through it line by line: what was delivered, the time it took, and how it matches the quote you approved.${LIST}`,
        '',
        `If you would like that, suggest a time for a short call. Otherwise, I'd ask that the invoice is paid by {{payBy}}{{#originalDueDatePassed}} — a new date, as the agreed due date of {{originalDueDatePassed}} has passed{{/originalDueDatePassed}}.${PAY}`,
      ) + REGARDS,
  },

  complaint_acknowledge: {
    subject: 'Re: invoice {{invoiceNumber}} — thank you for the feedback',
    body:
      lines(
        HELLO,
        '',
        "Thank you for the frank feedback, and I'm sorry the experience fell short of what you expected.",
        '',
        "Before I suggest anything, I'd like to understand exactly what went wrong. Could you tell me which points matter most to you, with an example or a date for each? Once I have the details I'll come back to you with what I can do and by when.",
        '',
        `Separately, invoice {{invoiceNumber}} for {{invoiceDue}}${PAID} is still open.${LIST} Could you let me know when it will be paid, or whether anything in it is affected by what you raised?${PAY}`,
      ) + REGARDS,
  },

  promise_confirm: {
    subject: 'Invoice {{invoiceNumber}} — payment on {{promisedDate}}',
    body:
      lines(
        HELLO,
        '',
        `Thank you for getting back to me. Just to confirm what we agreed: {{amount}}${PAID} will be paid on {{promisedDate}}.${LIST}${PAY}`,
        '',
        "I'll check for the payment the day after. If anything changes, please let me know before then.",
      ) + THANKS,
  },

  promise_broken: {
    subject: 'Invoice {{invoiceNumber}} — payment promised for {{promisedDate}} not received',
    body:
      lines(
        HELLO,
        '',
        `You confirmed that invoice {{invoiceNumber}} would be paid on {{promisedDate}}, but I haven't received the payment. {{amount}} is still outstanding${PAID}{{#daysOverdue}}, now {{daysOverdue}} past the original due date of {{dueDate}}{{/daysOverdue}}.${LIST}`,
        '',
        `Please make the payment now{{#deadline}}, and no later than {{deadline}}{{/deadline}}. If it has already been sent, reply with the transfer date and reference so I can match it.${PAY}`,
      ) + REGARDS,
  },

  paid_ask_reference: {
    subject: 'Invoice {{invoiceNumber}} — could you send the payment reference?',
    body:
      lines(
        HELLO,
        '',
        `Thank you for letting me know the payment was made. I can't find it on my account yet for invoice {{invoiceNumber}} ({{invoiceDue}}).${LIST}`,
        '',
        'Could you send me the transfer date, the amount and the bank reference (or a remittance advice)? That usually lets me find it straight away — sometimes a payment is booked under a different name or reference.' +
          PAY,
      ) + THANKS,
  },

  final_demand: {
    subject: 'Formal demand for payment — invoice {{invoiceNumber}}',
    body:
      lines(
        HELLO_FORMAL,
        '',
        `Invoice {{invoiceNumber}}, due on {{dueDate}}, remains unpaid{{#daysOverdue}} {{daysOverdue}} after the due date{{/daysOverdue}}. The amount outstanding on it is {{invoiceDue}}${PAID_FORMAL}.{{#unansweredSince}} I have had no reply since my reminder of {{unansweredSince}}.{{/unansweredSince}}${LIST}`,
        '{{#legalBasis}}',
        '',
        'Under {{legalBasis}}, the following are also due:',
        '{{#interestAmount}}- statutory interest for late payment of {{interestAmount}} to date{{#interestRate}} (at {{interestRate}} a year{{#rateAsOf}}, the rate as of {{rateAsOf}}{{/rateAsOf}}){{/interestRate}}, continuing to accrue until payment;{{/interestAmount}}',
        '{{#compensationAmount}}- fixed compensation for recovery costs of {{compensationAmount}};{{/compensationAmount}}',
        '{{#legalAddition}}- {{legalAddition}}.{{/legalAddition}}',
        '{{/legalBasis}}',
        '',
        `I request payment of {{totalClaim}} by {{deadline}}.${PAY}`,
        '',
        'If payment is not received by that date, I will pass the claim to a debt collection agency or start court proceedings without further notice, and the costs will be added to the claim. If you believe this demand is mistaken, please reply before the deadline with your reasons.',
      ) + FORMAL,
  },

  handover_notice: {
    subject: 'Invoice {{invoiceNumber}} — claim to be handed over on {{deadline}}',
    body:
      lines(
        HELLO_FORMAL,
        '',
        `The deadline in my formal demand has passed and invoice {{invoiceNumber}} remains unpaid: {{totalClaim}} is due{{#daysOverdue}}, {{daysOverdue}} after the original due date{{/daysOverdue}}.${LIST}`,
        '',
        `Unless the full amount is received before {{deadline}}, I will hand the claim over to a debt collection agency or file it with the court on that date. Any further interest and costs will be added to the claim.${PAY}`,
        '',
        'This is the last notice before that step.',
      ) + FORMAL,
  },
};
