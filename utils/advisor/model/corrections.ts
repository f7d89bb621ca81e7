/**
 * Learning from the user: each time the user sets the reason of a reply by hand, the reply's
 * hashed features and the chosen reason are kept (utils/db: replyCorrections). A later reply from
 * the same client, or with much the same wording, leans towards what the user chose then.
 */
import { bestOf, type LearnedReading } from '@/utils/advisor/model/learned';
import type { RefusalReason } from '@/utils/advisor/reasons';

export interface Correction {
  /** The client the reply came from (null when unknown). */
  clientId: string | null;
  /** Hashed feature buckets of the reply (sorted, unique). */
  features: number[];
  reason: RefusalReason;
}

export interface CorrectionMemory {
  /** The client the new reply comes from, if known. */
  clientId: string | null;
  corrections: readonly Correction[];
}

/** Share of common buckets (Jaccard) from which two replies count as the same wording. */
const SAME_WORDING = 0.5;

/** Jaccard similarity of two sorted bucket lists. */
export function overlap(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/**
 * Blends the corrections into the model's reading: each similar correction adds weight to its
 * reason in proportion to the similarity (doubled for the same client), then renormalises.
 */
export function applyCorrections(
  reading: LearnedReading,
  memory: CorrectionMemory,
): LearnedReading {
  const boost = new Map<RefusalReason, number>();
  for (const c of memory.corrections) {
    const sim = overlap(reading.features.index, c.features);
    const sameClient = memory.clientId !== null && c.clientId === memory.clientId;
    const weight = sim >= SAME_WORDING ? 2 * sim : sameClient && sim >= 0.15 ? sim : 0;
    if (weight > 0) boost.set(c.reason, (boost.get(c.reason) ?? 0) + weight * (sameClient ? 2 : 1));
  }
  if (boost.size === 0) return reading;
  const probabilities = new Map(reading.probabilities);
  let total = 0;
  for (const [reason, p] of probabilities) {
    const v = p + (boost.get(reason) ?? 0);
    probabilities.set(reason, v);
    total += v;
  }
  for (const [reason, v] of probabilities) probabilities.set(reason, v / total);
  return { ...reading, probabilities, best: bestOf(probabilities), evidence: reading.evidence };
}
