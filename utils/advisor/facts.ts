/**
 * Facts the ladder decides on, derived once from the client state: open balances, what was
 * sent, when the client last spoke, the reason on record, promises and plans. Events may arrive
 * in any order; they are sorted here. Only events from the current debt count (from the first
 * open invoice's issue date), so reminders about long-paid invoices do not escalate new ones.
 */
import { addDays, dayNumber, localIsoDate } from '@/utils/legal/calendar';
import type { RefusalReason } from '@/utils/advisor/reasons';
import type { AdvisorSettings } from '@/utils/advisor/settings';
import {
  STAGES,
  type ClientState,
  type Stage,
  type SuggestionInvoice,
} from '@/utils/advisor/types';
import type { EventData, EventRecord, InvoiceRecord } from '@/utils/db/records';
import type { TemplateId } from '@/utils/templates/catalog';

type EventOf<T extends EventData['type']> = EventRecord & { data: Extract<EventData, { type: T }> };

export interface OpenInvoice extends SuggestionInvoice {
  record: InvoiceRecord;
}

/** The stage a template belongs to, for reminders recorded without a stage. */
const TEMPLATE_STAGE: Record<TemplateId, Stage> = {
  courtesy_before_due: 'before_due',
  due_today: 'due',
  reminder_gentle: 'overdue_gentle',
  reminder_firm: 'overdue_firm',
  forgot_friendly: 'overdue_gentle',
  channel_switch: 'overdue_firm',
  phone_script: 'overdue_firm',
  dispute_specifics: 'negotiate',
  // Answers to the client's own question do not escalate.
  invoice_corrected: 'due',
  invoice_resend: 'due',
  paid_ask_reference: 'due',
  promise_confirm: 'due',
  instalment_offer: 'negotiate',
  early_payment_discount: 'negotiate',
  value_explain: 'negotiate',
  complaint_acknowledge: 'negotiate',
  promise_broken: 'overdue_firm',
  final_demand: 'final_demand',
  handover_notice: 'handover',
};

export function stageLevel(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function stageAt(level: number): Stage {
  return STAGES[Math.max(0, Math.min(STAGES.length - 1, level))] ?? 'before_due';
}

/** The stage of a sent reminder: as recorded, else from its template, else a first reminder. */
export function reminderStage(e: EventOf<'reminder_sent'>): Stage {
  if (e.data.stage) return e.data.stage;
  const id = e.data.templateId;
  return id && id in TEMPLATE_STAGE ? TEMPLATE_STAGE[id as TemplateId] : 'overdue_gentle';
}

export interface Facts {
  today: string;
  events: EventRecord[];
  open: OpenInvoice[];
  active: OpenInvoice[];
  disputed: OpenInvoice[];
  /** The invoices a message is about: the overdue (or due today) active ones, else the next due. */
  concerned: OpenInvoice[];
  /** Days past the main concerned invoice's due date (negative before it); null without dates. */
  daysOverdue: number | null;
  mainDueDate: string | null;
  /** Day the current debt started: events before it belong to earlier, settled business. */
  debtStart: string;
  reminders: EventOf<'reminder_sent'>[];
  /** Highest stage reached by reminders or manual escalation. */
  level: number;
  lastReminder: EventOf<'reminder_sent'> | null;
  /** Last time the client did something: replied, promised, agreed a plan, paid, disputed. */
  lastContactAt: string | null;
  /** Reminders sent since the client's last contact. */
  silentCount: number;
  /** Since the last contact, a phone call or a note to another contact was tried. */
  channelSwitched: boolean;
  /** The newest assessment of the situation: a recorded reason, a promise, a plan. */
  situation: EventOf<'reason_recorded'> | EventOf<'promise_to_pay'> | EventOf<'plan_agreed'> | null;
  /** A client reply newer than any assessment. */
  pendingReply: EventOf<'reply_received'> | null;
  /** Payments that no open invoice absorbed, per currency (credit in the client's favour). */
  credits: Map<string, number>;
  lastReply: EventOf<'reply_received'> | null;
}

/** Type guard for events of one type. */
export const isType =
  <T extends EventData['type']>(type: T) =>
  (e: EventRecord): e is EventOf<T> =>
    e.data.type === type;

/** The local calendar day of an event. */
export function eventDay(e: EventRecord): string {
  return localIsoDate(new Date(e.at));
}

function effectiveDueDate(
  inv: InvoiceRecord,
  settings: AdvisorSettings,
): { date: string | null; assumed: boolean } {
  if (inv.dueDate) return { date: inv.dueDate, assumed: false };
  const issued = inv.issueDate ?? (inv.createdAt ? localIsoDate(new Date(inv.createdAt)) : null);
  return issued
    ? { date: addDays(issued, settings.cadence.defaultPaymentTermDays), assumed: true }
    : { date: null, assumed: false };
}

/** Invoice ids under an open dispute (status, or a dispute_opened event not yet resolved). */
function disputedIds(invoices: InvoiceRecord[], events: EventRecord[]): Set<string> {
  const ids = new Set(invoices.filter((i) => i.status === 'disputed').map((i) => i.id));
  for (const e of events) {
    if (e.data.type !== 'dispute_opened' && e.data.type !== 'dispute_resolved') continue;
    const target = e.data.invoiceId ?? e.invoiceId;
    // A client-wide dispute (no invoice) covers every invoice open at the time.
    const targets = target ? [target] : invoices.map((i) => i.id);
    for (const id of targets) {
      if (e.data.type === 'dispute_opened') ids.add(id);
      else if (invoices.find((i) => i.id === id)?.status !== 'disputed') ids.delete(id);
    }
  }
  return ids;
}

const CONTACT_TYPES = new Set([
  'reply_received',
  'promise_to_pay',
  'plan_agreed',
  'payment_received',
  'dispute_opened',
]);

export function deriveFacts(state: ClientState, now: Date, settings: AdvisorSettings): Facts {
  const today = localIsoDate(now);
  const events = [...state.events].sort(
    (a, b) => a.at.localeCompare(b.at) || a.recordedAt.localeCompare(b.recordedAt),
  );
  const disputedSet = disputedIds(state.invoices, events);

  const open: OpenInvoice[] = state.invoices
    .filter(
      (i) => i.status !== 'paid' && i.status !== 'written_off' && i.amountMinor - i.paidMinor > 0,
    )
    .map((record) => {
      const due = effectiveDueDate(record, settings);
      return {
        record,
        invoiceId: record.id,
        number: record.number,
        currency: record.currency,
        amountMinor: record.amountMinor,
        paidMinor: record.paidMinor,
        outstandingMinor: record.amountMinor - record.paidMinor,
        dueDate: due.date,
        assumedDueDate: due.assumed,
        daysOverdue: due.date ? dayNumber(today) - dayNumber(due.date) : null,
        disputed: disputedSet.has(record.id),
      };
    })
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.number.localeCompare(b.number),
    );
  const active = open.filter((i) => !i.disputed);
  const disputed = open.filter((i) => i.disputed);

  const dueNow = active.filter((i) => i.daysOverdue !== null && i.daysOverdue >= 0);
  const nextDue = active.find((i) => i.dueDate !== null)?.dueDate ?? null;
  const concerned = dueNow.length
    ? dueNow
    : active.filter((i) => i.dueDate === nextDue || (nextDue === null && i.dueDate === null));
  const main = concerned[0];
  const mainDueDate = main?.dueDate ?? null;
  const daysOverdue = main?.daysOverdue ?? null;

  // An invoice read from an old e-mail was created in Firmly today, but its debt started when
  // it was sent: its first event's day counts, so the client's reply since then still counts.
  const firstEventDay = new Map<string, string>();
  for (const e of events) {
    if (e.invoiceId && !firstEventDay.has(e.invoiceId)) firstEventDay.set(e.invoiceId, eventDay(e));
  }
  const starts = open.map((i) => {
    const candidates = [localIsoDate(new Date(i.record.createdAt))];
    if (i.record.issueDate) candidates.push(i.record.issueDate);
    const first = firstEventDay.get(i.invoiceId);
    if (first) candidates.push(first);
    return candidates.sort()[0]!;
  });
  const debtStart = starts.sort()[0] ?? today;
  const openIds = new Set(open.map((i) => i.invoiceId));
  const current = events.filter(
    (e) =>
      eventDay(e) >= debtStart &&
      (e.invoiceId === null || openIds.has(e.invoiceId) || e.data.type !== 'reminder_sent'),
  );

  const reminders = current.filter(isType('reminder_sent'));
  const escalations = current.filter(isType('escalated'));
  const level = Math.max(
    -1,
    ...reminders.map((r) => stageLevel(reminderStage(r))),
    ...escalations.map((e) => stageLevel(e.data.stage)),
  );
  const contacts = current.filter((e) => CONTACT_TYPES.has(e.data.type));
  const lastContactAt = contacts[contacts.length - 1]?.at ?? null;
  const sinceContact = reminders.filter((r) => lastContactAt === null || r.at > lastContactAt);
  const channelSwitched = sinceContact.some(
    (r) =>
      r.data.channel === 'phone' ||
      r.data.templateId === 'channel_switch' ||
      r.data.templateId === 'phone_script',
  );

  const situations = current.filter(
    (e): e is Facts['situation'] & EventRecord =>
      e.data.type === 'reason_recorded' ||
      e.data.type === 'promise_to_pay' ||
      e.data.type === 'plan_agreed',
  );
  const situation = situations[situations.length - 1] ?? null;
  const assessments = current.filter((e) =>
    [
      'reason_recorded',
      'promise_to_pay',
      'plan_agreed',
      'dispute_opened',
      'dispute_resolved',
    ].includes(e.data.type),
  );
  const lastAssessmentAt = assessments[assessments.length - 1]?.at ?? '';
  const replies = current.filter(isType('reply_received'));
  const lastReply = replies[replies.length - 1] ?? null;
  const pendingReply = lastReply && lastReply.at > lastAssessmentAt ? lastReply : null;

  const credits = new Map<string, number>();
  for (const e of events) {
    if (e.data.type === 'payment_received' && e.data.invoiceId === null && e.invoiceId === null) {
      credits.set(e.data.currency, (credits.get(e.data.currency) ?? 0) + e.data.amountMinor);
    }
  }

  return {
    today,
    events,
    open,
    active,
    disputed,
    concerned,
    daysOverdue,
    mainDueDate,
    debtStart,
    reminders,
    level,
    lastReminder: reminders[reminders.length - 1] ?? null,
    lastContactAt,
    silentCount: sinceContact.length,
    channelSwitched,
    situation,
    pendingReply,
    credits,
    lastReply,
  };
}

/** Events of one type after an instant (exclusive). */
export function eventsAfter<T extends EventData['type']>(
  facts: Facts,
  type: T,
  afterIso: string,
): EventOf<T>[] {
  return facts.events.filter(isType(type)).filter((e) => e.at > afterIso);
}

/** Sum of payments (per currency) received after an instant. */
export function paidAfter(facts: Facts, afterIso: string): Map<string, number> {
  const sums = new Map<string, number>();
  for (const e of eventsAfter(facts, 'payment_received', afterIso)) {
    sums.set(e.data.currency, (sums.get(e.data.currency) ?? 0) + e.data.amountMinor);
  }
  return sums;
}

/** The reason a recorded reason event states (or the one a promise/plan implies). */
export function situationReason(s: NonNullable<Facts['situation']>): RefusalReason {
  if (s.data.type === 'reason_recorded') return s.data.reason;
  return s.data.type === 'promise_to_pay' ? 'promise_to_pay' : 'cash_flow';
}

export type { EventOf };
