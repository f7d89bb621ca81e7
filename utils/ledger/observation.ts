/**
 * Observations: what a content script (or the user) saw, as plain data. The background turns
 * them into debt-log events idempotently, keyed by `key` (Gmail message id, invoice URL + number).
 *
 * Content scripts import these *types* only (`import type`), so zod stays out of their bundles.
 */
import { z } from 'zod';
import {
  currencyCode,
  isoDate,
  isoDateTime,
  minorAmount,
  refusalReason,
  sourceRef,
} from '@/utils/db/records';

/** The client as the page shows it: an address (Gmail) or at least a name (hosted invoice pages). */
export const counterparty = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(320)
      .email('counterparty.email must be an e-mail address')
      .nullable(),
    name: z.string().trim().min(1).max(200).nullable(),
  })
  .refine(
    (c) => c.email !== null || c.name !== null,
    'counterparty needs an e-mail address or a name',
  );

export const observedInvoice = z.object({
  number: z.string().trim().max(100).nullable(),
  amountMinor: minorAmount.nonnegative(),
  currency: currencyCode,
  issueDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
});

const base = {
  /** Stable idempotency key; the same observation sent twice becomes one event. */
  key: z.string().min(1).max(400),
  /** When it happened (e-mail date), ISO date-time. */
  at: isoDateTime,
  counterparty,
  source: sourceRef,
  /**
   * Who asserted it, for the trust model (utils/trust): the e-mail's sender, and the issuer a
   * hosted invoice page names. Absent means unknown, which is trusted least.
   */
  sender: z.string().trim().toLowerCase().email().max(254).nullable().optional(),
  issuer: z.string().trim().max(200).nullable().optional(),
};

export const observation = z.discriminatedUnion('kind', [
  /** An invoice the user issued (sent by them or by their billing system). */
  z.object({ ...base, kind: z.literal('invoice'), invoice: observedInvoice }),
  /** A reminder the user (or their billing system) sent. */
  z.object({
    ...base,
    kind: z.literal('reminder'),
    invoice: observedInvoice.nullable(),
  }),
  /** A payment confirmation or a page showing the invoice paid. */
  z.object({
    ...base,
    kind: z.literal('payment'),
    invoiceNumber: z.string().max(100).nullable(),
    amountMinor: minorAmount.positive(),
    currency: currencyCode,
    reference: z.string().max(200).nullable(),
  }),
  /**
   * An invoice page stating how much of the invoice is paid in total (hosted invoice pages).
   * The background records the difference to what it knew as a payment, once.
   */
  z.object({
    ...base,
    kind: z.literal('status'),
    invoice: observedInvoice,
    paidMinor: minorAmount.nonnegative(),
  }),
  /** A reply from a client; `reason` only when the user confirmed or corrected it. */
  z.object({
    ...base,
    kind: z.literal('reply'),
    excerpt: z.string().max(2000),
    reason: z
      .object({ reason: refusalReason, evidence: z.string().max(500).nullable() })
      .nullable(),
  }),
]);
export type Observation = z.infer<typeof observation>;
export type ObservedInvoice = z.infer<typeof observedInvoice>;
