import { FirmlyDB } from '@/utils/db/database';
import type { Observation } from '@/utils/ledger/observation';

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
    invoice: { number, amountMinor, currency: 'USD', issueDate: '2026-10-01', dueDate },
    ...rest,
  } as Observation;
}
