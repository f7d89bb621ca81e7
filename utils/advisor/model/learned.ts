/**
 * The learned layer at run time: loads the shipped weight table once (weights.json, written by
 * `npm run train`) and reads a reply into a probability per reason, with the clause that weighed
 * most for the winner as evidence when the lexicon has none.
 */
import type { ReasonScore } from '@/utils/advisor/classify';
import { readClauses } from '@/utils/advisor/clauses';
import { featureNames, vectorize, type Features } from '@/utils/advisor/model/features';
import { scores, softmax, type LinearModel } from '@/utils/advisor/model/linear';
import { unpack, type PackedModel } from '@/utils/advisor/model/pack';
import shipped from '@/utils/advisor/model/weights.json';
import { maskQuoted } from '@/utils/advisor/normalize';
import type { RefusalReason } from '@/utils/advisor/reasons';

export interface LearnedReading {
  /** Probability per reason (the model's classes, in its order). */
  probabilities: Map<RefusalReason, number>;
  best: { reason: RefusalReason; probability: number };
  /** From this probability on, the model alone is sure. */
  threshold: number;
  /** Below this probability the model alone does not answer. */
  answerThreshold: number;
  features: Features;
  /** The clause of the reply that weighed most for `best`, verbatim (null if none); lazy. */
  evidence: () => string | null;
}

let model: LinearModel | null = null;
const packed = shipped as PackedModel;

/** Below this top probability the model alone is not sure. */
export function learnedThreshold(): number {
  return packed.threshold;
}

export function learnedModel(): LinearModel {
  model ??= unpack(packed);
  return model;
}

export function bestOf(probabilities: Map<RefusalReason, number>): LearnedReading['best'] {
  let best: LearnedReading['best'] = { reason: 'unknown', probability: 0 };
  for (const [reason, probability] of probabilities)
    if (probability > best.probability) best = { reason, probability };
  return best;
}

/** The model's reading of `text`; `lexicon` is scoreReply's ranking of the same text. */
export function readLearned(text: string, lexicon: readonly ReasonScore[]): LearnedReading {
  const m = learnedModel();
  const features = vectorize(featureNames(text, lexicon), m.buckets);
  const p = softmax(scores(m, features));
  const probabilities = new Map<RefusalReason, number>(
    m.classes.map((c, i) => [c as RefusalReason, p[i] as number]),
  );
  const best = bestOf(probabilities);
  return {
    probabilities,
    best,
    threshold: packed.threshold,
    answerThreshold: packed.answerThreshold,
    features,
    evidence: () => (best.reason === 'unknown' ? null : weightiestClause(text, m, best.reason)),
  };
}

/** The clause whose own features push hardest towards `reason`. */
function weightiestClause(text: string, m: LinearModel, reason: RefusalReason): string | null {
  const c = m.classes.indexOf(reason);
  const masked = maskQuoted(text);
  let best: { from: number; to: number; score: number } | null = null;
  for (const clause of readClauses(masked)) {
    const first = clause.tokens[0];
    const last = clause.tokens[clause.tokens.length - 1];
    if (!first || !last) continue;
    const x = vectorize(featureNames(masked.slice(first.start, last.end), []), m.buckets);
    let score = 0;
    for (let j = 0; j < x.index.length; j++)
      score +=
        (m.weights[(x.index[j] as number) * m.classes.length + c] as number) *
        (x.value[j] as number);
    if (!best || score > best.score) best = { from: first.start, to: last.end, score };
  }
  return best && best.score > 0 ? text.slice(best.from, best.to) : null;
}
