/**
 * Training of the learned layer (run at build time by scripts/train-replies.ts, never in the
 * extension): multinomial logistic regression by seeded SGD, or multinomial naive Bayes, over
 * the hashed features. Deterministic: same examples in the same order → same weights.
 */
import type { Features } from '@/utils/advisor/model/features';
import { scores, softmax, type LinearModel } from '@/utils/advisor/model/linear';

export interface Example {
  x: Features;
  y: number;
}

/** mulberry32: a small seeded PRNG (shuffles only). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LogRegOptions {
  epochs: number;
  rate: number;
  /** L2 shrink applied once per epoch. */
  decay: number;
  seed: number;
}

export const LOGREG_DEFAULTS: LogRegOptions = {
  epochs: 30,
  rate: 0.5,
  decay: 0.02,
  seed: 20261202,
};

export function trainLogReg(
  examples: readonly Example[],
  classes: readonly string[],
  buckets: number,
  opts: LogRegOptions = LOGREG_DEFAULTS,
): LinearModel {
  const k = classes.length;
  const model: LinearModel = {
    classes,
    buckets,
    weights: new Float32Array(buckets * k),
    bias: new Float32Array(k),
  };
  const order = examples.map((_, i) => i);
  const random = rng(opts.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = opts.rate / (1 + epoch * 0.2);
    for (const i of order) {
      const { x, y } = examples[i] as Example;
      const p = softmax(scores(model, x));
      for (let c = 0; c < k; c++) {
        const g = (p[c] as number) - (c === y ? 1 : 0);
        if (g === 0) continue;
        model.bias[c] = (model.bias[c] as number) - rate * 0.1 * g;
        for (let j = 0; j < x.index.length; j++) {
          const w = (x.index[j] as number) * k + c;
          model.weights[w] = (model.weights[w] as number) - rate * g * (x.value[j] as number);
        }
      }
    }
    const shrink = 1 - opts.decay * rate;
    for (let w = 0; w < model.weights.length; w++)
      model.weights[w] = (model.weights[w] as number) * shrink;
  }
  return model;
}

/** Multinomial naive Bayes with add-`alpha` smoothing; the weights are log-likelihoods. */
export function trainNaiveBayes(
  examples: readonly Example[],
  classes: readonly string[],
  buckets: number,
  alpha = 0.1,
): LinearModel {
  const k = classes.length;
  const counts = new Float64Array(buckets * k);
  const totals = new Float64Array(k);
  const docs = new Float64Array(k);
  for (const { x, y } of examples) {
    docs[y] = (docs[y] as number) + 1;
    for (let j = 0; j < x.index.length; j++) {
      const w = (x.index[j] as number) * k + y;
      counts[w] = (counts[w] as number) + (x.value[j] as number);
      totals[y] = (totals[y] as number) + (x.value[j] as number);
    }
  }
  const weights = new Float32Array(buckets * k);
  for (let b = 0; b < buckets; b++)
    for (let c = 0; c < k; c++)
      weights[b * k + c] = Math.log(
        ((counts[b * k + c] as number) + alpha) / ((totals[c] as number) + alpha * buckets),
      );
  const bias = Float32Array.from(docs, (d) => Math.log((d + 1) / (examples.length + k)));
  return { classes, buckets, weights, bias };
}
