/**
 * The shipped weight table: weights quantised to one signed byte per bucket and reason (a scale
 * per reason), base64 in JSON. 8,192 buckets × 12 reasons ≈ 131 KB of base64.
 */
import type { LinearModel } from '@/utils/advisor/model/linear';

export interface PackedModel {
  kind: 'logreg' | 'naive_bayes';
  classes: string[];
  buckets: number;
  /** From this top probability on, the model alone is sure (calibrated by `npm run train`). */
  threshold: number;
  /** Below this top probability the model alone does not answer. */
  answerThreshold: number;
  bias: number[];
  /** Per class: the weight one quantum stands for. */
  scale: number[];
  /** base64 of Int8Array(buckets × classes), bucket-major. */
  weights: string;
  /** sha256 of the training examples (texts and labels) the table was trained on. */
  corpus: string;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function pack(
  model: LinearModel,
  kind: PackedModel['kind'],
  threshold: number,
  answerThreshold: number,
  corpus: string,
): PackedModel {
  const k = model.classes.length;
  const scale = model.classes.map((_, c) => {
    let max = 0;
    for (let b = 0; b < model.buckets; b++)
      max = Math.max(max, Math.abs(model.weights[b * k + c] as number));
    return round6(max / 127 || 1);
  });
  const bytes = new Int8Array(model.weights.length);
  for (let w = 0; w < bytes.length; w++)
    bytes[w] = Math.round((model.weights[w] as number) / (scale[w % k] as number));
  return {
    kind,
    classes: [...model.classes],
    buckets: model.buckets,
    threshold: round6(threshold),
    answerThreshold: round6(answerThreshold),
    bias: [...model.bias].map(round6),
    scale,
    weights: Buffer.from(bytes.buffer).toString('base64'),
    corpus,
  };
}

function fromBase64(s: string): Int8Array {
  const bin = atob(s);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function unpack(p: PackedModel): LinearModel {
  const k = p.classes.length;
  const bytes = fromBase64(p.weights);
  const weights = new Float32Array(bytes.length);
  for (let w = 0; w < bytes.length; w++)
    weights[w] = (bytes[w] as number) * (p.scale[w % k] as number);
  return { classes: p.classes, buckets: p.buckets, weights, bias: Float32Array.from(p.bias) };
}
