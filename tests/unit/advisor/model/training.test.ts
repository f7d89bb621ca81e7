/**
 * The learned layer's training: deterministic (same corpus → same weights, a property over random
 * sub-corpora), and the shipped weight table is exactly what `npm run train` gives for the corpus
 * in the repository (so a corpus edit without re-training fails CI).
 */
import { statSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureNames, vectorize } from '@/utils/advisor/model/features';
import { pack, type PackedModel } from '@/utils/advisor/model/pack';
import shipped from '@/utils/advisor/model/weights.json';
import { trainLogReg, trainNaiveBayes, type Example } from '@/utils/advisor/model/train';
import { REFUSAL_REASONS } from '@/utils/advisor/reasons';
import { corpusHash, corpusReplies, tableReplies } from '../../../../scripts/replies/training-set';
import { trainShipped } from '../../../../scripts/train-replies';

const CLASSES = [...REFUSAL_REASONS];
const corpus = corpusReplies();

function examplesOf(indices: number[]): Example[] {
  return indices.map((i) => {
    const r = corpus[i % corpus.length]!;
    return { x: vectorize(featureNames(r.text, []), 1024), y: CLASSES.indexOf(r.reason) };
  });
}

describe('training', () => {
  it('gives the same weights for the same corpus (logistic regression and naive Bayes)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 25 }), (indices) => {
        const a = examplesOf(indices);
        const b = examplesOf(indices);
        const opts = { epochs: 3, rate: 1, decay: 0.05, seed: 7 };
        const lr = [trainLogReg(a, CLASSES, 1024, opts), trainLogReg(b, CLASSES, 1024, opts)];
        expect(pack(lr[0]!, 'logreg', 0.5, 0, 'x')).toEqual(pack(lr[1]!, 'logreg', 0.5, 0, 'x'));
        const nb = [trainNaiveBayes(a, CLASSES, 1024), trainNaiveBayes(b, CLASSES, 1024)];
        expect(Array.from(nb[0]!.weights)).toEqual(Array.from(nb[1]!.weights));
      }),
      { numRuns: 15, seed: 42 },
    );
  });

  it('learns something: a different corpus gives different weights', () => {
    const opts = { epochs: 3, rate: 1, decay: 0.05, seed: 7 };
    const a = trainLogReg(examplesOf([0, 1, 2, 300, 301]), CLASSES, 1024, opts);
    const b = trainLogReg(examplesOf([0, 1, 2, 300, 302]), CLASSES, 1024, opts);
    expect(Array.from(a.weights)).not.toEqual(Array.from(b.weights));
  });

  it('ships weights trained on the corpus in the repository (re-trains and compares)', () => {
    const table = shipped as PackedModel;
    expect(table.corpus).toBe(corpusHash([...corpus, ...tableReplies()]));
    const again = trainShipped({
      kind: table.kind,
      threshold: table.threshold,
      answerThreshold: table.answerThreshold,
    });
    expect(again).toEqual(table);
  }, 300_000);

  it('keeps the weight table within 300 KB', () => {
    const bytes = statSync(
      new URL('../../../../utils/advisor/model/weights.json', import.meta.url),
    ).size;
    expect(bytes).toBeLessThanOrEqual(300 * 1024);
  });
});
