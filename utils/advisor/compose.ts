/**
 * Turns a decided step into the message itself: gathers the facts a template may mention,
 * computes the legal claim for demands, formats everything in the client's language and
 * renders the template (the user's override when there is one).
 */
import { addDays, dayNumber } from '@/utils/legal/calendar';
import { computeLegalClaim, type ClaimInvoice, type LegalClaim } from '@/utils/legal/claim';
import { formatLegalBreakdown } from '@/utils/legal/format';
import { eventDay, isType, type Facts, type OpenInvoice } from '@/utils/advisor/facts';
import type { AdvisorSettings } from '@/utils/advisor/settings';
import type { Step } from '@/utils/advisor/step';
import type { ClientState } from '@/utils/advisor/types';
import { renderMessage } from '@/utils/templates/index';
import type { MessageLanguage } from '@/utils/templates/catalog';
import { buildPlaceholderValues, type InvoiceFacts } from '@/utils/templates/values';
import { formatCorrection } from '@/utils/templates/correction';

export interface ComposedMessage {
  subject: string;
  body: string;
  legal: LegalClaim | null;
  legalBreakdown: string | null;
}

function invoiceFacts(i: OpenInvoice): InvoiceFacts {
  return {
    number: i.number,
    due: { amountMinor: i.outstandingMinor, currency: i.currency },
    invoiced: { amountMinor: i.amountMinor, currency: i.currency },
    paid: { amountMinor: i.paidMinor, currency: i.currency },
    issueDate: i.record.issueDate,
    dueDate: i.dueDate,
  };
}

/** Statutory interest and compensation on the late invoices among `invoices`. */
export function legalClaimFor(
  facts: Facts,
  invoices: readonly OpenInvoice[],
  settings: AdvisorSettings,
): LegalClaim {
  const late = invoices.filter(
    (i) => i.dueDate !== null && dayNumber(i.dueDate) < dayNumber(facts.today),
  );
  const claimInvoices: ClaimInvoice[] = late.map((i) => ({
    invoiceId: i.invoiceId,
    number: i.number,
    currency: i.currency,
    invoiceAmountMinor: i.amountMinor,
    outstandingMinor: i.outstandingMinor,
    dueDate: i.dueDate as string,
    // Part-payments after the due date were principal until they arrived.
    latePayments: facts.events
      .filter(isType('payment_received'))
      .filter(
        (e) => (e.data.invoiceId ?? e.invoiceId) === i.invoiceId && e.data.currency === i.currency,
      )
      .map((e) => ({ date: eventDay(e), amountMinor: e.data.amountMinor }))
      .filter((p) => dayNumber(p.date) > dayNumber(i.dueDate as string)),
  }));
  return computeLegalClaim(claimInvoices, facts.today, settings.legal);
}

/** The user's signature, or their name and business when they have not written one. */
export function signatureOf(settings: AdvisorSettings): string {
  return (
    settings.signature.trim() ||
    [settings.senderName, settings.businessName].filter((s) => s.trim()).join('\n')
  );
}

/**
 * The date to ask payment by: the main invoice's due date while it is ahead, else a new date
 * the configured number of days from today (with the passed date, so the text can say so).
 */
export function payByDate(
  facts: Facts,
  invoices: readonly OpenInvoice[],
  settings: AdvisorSettings,
): { payBy: string; originalDueDatePassed: string | null } {
  const due = invoices[0]?.dueDate ?? null;
  if (due && dayNumber(due) >= dayNumber(facts.today))
    return { payBy: due, originalDueDatePassed: null };
  return {
    payBy: addDays(facts.today, settings.cadence.newPaymentTermDays),
    originalDueDatePassed: due,
  };
}

/**
 * The first reminder the client has not answered: the earliest one since their last contact
 * (reply, promise, payment…). Null when they answered the last reminder or none was sent.
 */
export function unansweredSince(facts: Facts): string | null {
  if (facts.silentCount === 0) return null;
  const first = facts.reminders.find(
    (r) => facts.lastContactAt === null || r.at > facts.lastContactAt,
  );
  return first ? eventDay(first) : null;
}

/** The newest logged correction of `invoice`, as a line in `lang`; null when none is logged. */
export function correctionNote(
  facts: Facts,
  invoice: OpenInvoice | undefined,
  lang: MessageLanguage,
): string | null {
  if (!invoice) return null;
  const edit = facts.events
    .filter(isType('invoice_corrected'))
    .filter((e) => e.data.invoiceId === invoice.invoiceId)
    .at(-1);
  if (!edit) return null;
  const note = formatCorrection(
    { before: edit.data.before, after: edit.data.after, currency: invoice.currency },
    lang,
  );
  return note || null;
}

export function composeMessage(
  step: Step,
  facts: Facts,
  state: ClientState,
  settings: AdvisorSettings,
  lang: MessageLanguage,
): ComposedMessage {
  const invoices = step.invoices ?? facts.concerned;
  const legal = step.legal ? legalClaimFor(facts, invoices, settings) : null;
  const payBy = payByDate(facts, invoices, settings);
  const values = buildPlaceholderValues(
    {
      clientName: state.client.name,
      contact: state.client.contact ?? null,
      payBy: payBy.payBy,
      originalDueDatePassed: payBy.originalDueDatePassed,
      unansweredSince: unansweredSince(facts),
      senderName: settings.senderName,
      businessName: settings.businessName,
      signature: signatureOf(settings),
      paymentDetails: settings.paymentDetails,
      invoices: invoices.map(invoiceFacts),
      daysOverdue: invoices[0]?.daysOverdue ?? facts.daysOverdue,
      promisedDate: step.promisedDate,
      instalments: step.instalments,
      discount: step.discount,
      deadline: step.deadline,
      legal,
      correctedNote: correctionNote(facts, invoices[0], lang),
    },
    lang,
  );
  const { subject, body } = renderMessage(
    lang,
    step.templateId,
    values,
    settings.templateOverrides,
  );
  return {
    subject,
    body,
    legal,
    legalBreakdown: legal && legal.presetId !== 'none' ? formatLegalBreakdown(legal, lang) : null,
  };
}
