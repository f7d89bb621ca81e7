/**
 * A pending suggestion: an observation the trust model kept out of the debt log until the user
 * confirms it (an invoice from an unapproved sender, a payment reported by someone who is not
 * the client, an invoice page from an issuer that is not the user). Keyed by the observation's
 * key, so reading the same message again does not ask twice, and a dismissal sticks.
 */
import { z } from 'zod';
import { isoDateTime } from '@/utils/db/records';
import { observation } from '@/utils/ledger/observation';

export const pendingReason = z.enum([
  'unknown_billing_sender',
  'unverified_payment',
  'unknown_issuer',
]);

export const approval = z.object({
  list: z.enum(['billingSenders', 'paymentSenders', 'approvedIssuers']),
  value: z.string().min(1).max(254),
});

export const pendingRecord = z.object({
  key: z.string().min(1).max(400),
  observation,
  reason: pendingReason,
  /** What "always trust" would remember (the sender or issuer), when there is one. */
  approve: approval.nullable(),
  status: z.enum(['pending', 'confirmed', 'dismissed']),
  createdAt: isoDateTime,
});
export type PendingRecord = z.infer<typeof pendingRecord>;
