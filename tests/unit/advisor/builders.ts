/** Small builders for advisor tests: invoices, events and states at local noon on given days. */
import type { ClientState, Stage } from '@/utils/advisor';
import type { EventData, EventRecord, InvoiceRecord } from '@/utils/db/records';

const SOURCE = { kind: 'manual' as const, url: null, messageId: null };

/** Local noon of a YYYY-MM-DD day, as the ISO instant an event would carry. */
export function at(day: string, hour = 12): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour).toISOString();
}

/** "Now" for a test: local noon of `day`. */
export function noon(day: string): Date {
  return new Date(at(day));
}

export function invoice(
  p: Partial<InvoiceRecord> & { id: string; amountMinor: number },
): InvoiceRecord {
  return {
    clientId: 'c1',
    number: `INV-${p.id}`,
    paidMinor: 0,
    currency: 'EUR',
    issueDate: '2026-09-01',
    dueDate: null,
    status: 'open',
    source: SOURCE,
    createdAt: at('2026-09-01'),
    ...p,
  };
}

let seq = 0;
export function event(
  day: string,
  data: EventData,
  invoiceId: string | null = null,
  hour = 12,
): EventRecord {
  seq++;
  return {
    id: `e${seq}`,
    clientId: 'c1',
    invoiceId,
    type: data.type,
    at: at(day, hour),
    data,
    source: SOURCE,
    idempotencyKey: `k${seq}`,
    recordedAt: at(day, hour),
  };
}

export const sent = (
  day: string,
  templateId: string | null,
  stage: Stage | null,
  channel: 'email' | 'phone' | 'letter' = 'email',
) => event(day, { type: 'reminder_sent', templateId, stage, channel });

export const reply = (day: string, excerpt: string) =>
  event(day, { type: 'reply_received', excerpt });

export const reason = (
  day: string,
  r: Extract<EventData, { type: 'reason_recorded' }>['reason'],
  evidence: string | null = null,
) => event(day, { type: 'reason_recorded', reason: r, evidence, confirmedByUser: true });

export function state(
  invoices: InvoiceRecord[],
  events: EventRecord[] = [],
  emails = ['ap@client.example'],
  language: ClientState['client']['language'] = 'en',
): ClientState {
  return { client: { name: 'Harbor & Finch Ltd', language, emails }, invoices, events };
}
