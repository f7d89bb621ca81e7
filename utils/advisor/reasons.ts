/** Why a client has not paid: the reasons the advisor tells apart (see the domain articles). */
import type { z } from 'zod';
import { refusalReason } from '@/utils/db/records';

export type RefusalReason = z.infer<typeof refusalReason>;

/** Every reason, in the order the UI lists them (the record schema's order). */
export const REFUSAL_REASONS: readonly RefusalReason[] = refusalReason.options;
