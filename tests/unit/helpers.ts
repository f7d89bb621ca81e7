import { FirmlyDB } from '@/utils/db/database';
import type { Observation } from '@/utils/ledger/observation';
import { uiSettings } from '@/utils/settings/store';
import { defaultUiSettings } from '@/utils/settings/schema';

/** The user's own address in these tests: what it sends is the user's word (docs/trust-model.md). */
export const USER_EMAIL = 'me@studio.example';

/** Tells the (fake) settings the user's own address, as Settings → Addresses does. */
export async function knowTheUser(): Promise<void> {
  await uiSettings.set({ ...defaultUiSettings, ownEmails: [USER_EMAIL] });
}

let counter = 0;
/** A fresh, empty database on fake-indexeddb. */
export function freshDb(): FirmlyDB {
  counter += 1;
  return new FirmlyDB(`firmly-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function invoiceObservation(
  overrides: Partial<Observation> & {
    number?: string;
    amountMinor?: number;
    dueDate?: string | null;
  } = {},
): Observation {
  const { number = 'INV-1', amountMinor = 125000, dueDate = '2026-11-01', ...rest } = overrides;
  return {
    kind: 'invoice',
    key: `gmail:${number}`,
    at: '2026-10-01T09:00:00.000Z',
    counterparty: { email: 'ap@acme.example', name: 'ACME Corp' },
    source: { kind: 'gmail', url: null, messageId: `m-${number}` },
    // Sent by the user: the only e-mail invoices the trust model books without asking.
    sender: USER_EMAIL,
    invoice: { number, amountMinor, currency: 'USD', issueDate: '2026-10-01', dueDate },
    ...rest,
  } as Observation;
}
