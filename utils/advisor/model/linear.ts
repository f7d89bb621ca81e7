/**
 * The learned layer's arithmetic: a linear model over hashed features (one weight per bucket and
 * reason, plus a bias per reason) and a softmax. Shared by training and by the classifier.
 */
import type { Features } from '@/utils/advisor/model/features';

export interface LinearModel {
  classes: readonly string[];
  buckets: number;
  /** weights[bucket * classes.length + class] */
  weights: Float32Array;
  bias: Float32Array;
}

/** Raw scores per class. */
export function scores(model: LinearModel, x: Features): Float64Array {
  const k = model.classes.length;
  const out = Float64Array.from(model.bias);
  for (let j = 0; j < x.index.length; j++) {
    const base = (x.index[j] as number) * k;
    const v = x.value[j] as number;
    for (let c = 0; c < k; c++)
      out[c] = (out[c] as number) + (model.weights[base + c] as number) * v;
  }
  return out;
}

/** Softmax of `s` in place; returns it. */
export function softmax(s: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of s) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < s.length; c++) {
    s[c] = Math.exp((s[c] as number) - max);
    sum += s[c] as number;
  }
  for (let c = 0; c < s.length; c++) s[c] = (s[c] as number) / sum;
  return s;
}
