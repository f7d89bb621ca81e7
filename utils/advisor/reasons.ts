/** Why a client has not paid: the reasons the advisor tells apart (see the domain articles). */
import type { z } from 'zod';
import type { refusalReason } from '@/utils/db/records';

export type RefusalReason = z.infer<typeof refusalReason>;

/** Every reason, in the order the UI lists them. */
export const REFUSAL_REASONS: readonly RefusalReason[] = [
  'quality_dispute',
  'invoice_error',
  'not_received',
  'cash_flow',
  'forgot',
  'value_doubt',
  'service_complaint',
  'unresponsive',
  'deliberate',
  'promise_to_pay',
  'already_paid',
  'unknown',
];
