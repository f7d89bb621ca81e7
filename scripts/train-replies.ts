/**
 * `npm run train`: trains the reply classifier's learned layer and writes
 * utils/advisor/model/weights.json. Prints the model comparison it chose from (trained on the
 * generated corpus, validated on the hand-written tables), then trains the chosen model on both.
 * Deterministic: seeded, stable order; CI re-runs it and compares (tests/unit/advisor/model).
 */
import { writeFileSync } from 'node:fs';
import { scoreReply } from '../utils/advisor/classify';
import { featureNames, hash, vectorize } from '../utils/advisor/model/features';
import { scores, softmax, type LinearModel } from '../utils/advisor/model/linear';
import { pack, unpack, type PackedModel } from '../utils/advisor/model/pack';
import { trainLogReg, trainNaiveBayes, type Example } from '../utils/advisor/model/train';
import { REFUSAL_REASONS } from '../utils/advisor/reasons';
import { corpusHash, corpusReplies, tableReplies, type Labelled } from './replies/training-set';

/** The lexicon reads promised dates relative to now; training fixes it. */
const NOW = new Date(2026, 10, 23, 12);
export const BUCKETS = 8192;
export const CLASSES = [...REFUSAL_REASONS];

export function examples(set: readonly Labelled[], buckets: number): Example[] {
  return set.map((e) => ({
    x: vectorize(featureNames(e.text, scoreReply(e.text, NOW)), buckets),
    y: CLASSES.indexOf(e.reason),
  }));
}

interface Score {
  accuracy: number;
  /** Wrong answers other than unknown, per reply. */
  confidentWrong: number;
  threshold: number;
}

/** At most this share of replies may be answered wrongly with confidence. */
const CONFIDENT_WRONG_TARGET = 0.05;

interface Prediction {
  best: number;
  p: number;
  y: number;
}

function predict(model: LinearModel, set: readonly Example[]): Prediction[] {
  return set.map(({ x, y }) => {
    const p = softmax(scores(model, x));
    let best = 0;
    for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
    return { best, p: p[best] as number, y };
  });
}

/** Accuracy and confident-but-wrong at `threshold`. */
function at(preds: readonly Prediction[], threshold: number): Score {
  const unknown = CLASSES.indexOf('unknown');
  let right = 0;
  let wrong = 0;
  for (const { best, p, y } of preds) {
    const said = p < threshold ? unknown : best;
    if (said === y) right++;
    else if (said !== unknown) wrong++;
  }
  return { accuracy: right / preds.length, confidentWrong: wrong / preds.length, threshold };
}

/** The lowest threshold that keeps confident-but-wrong within the target. */
function calibrate(preds: readonly Prediction[]): Score {
  for (let t = 0; t < 1; t = Math.round((t + 0.01) * 100) / 100) {
    const s = at(preds, t);
    if (s.confidentWrong <= CONFIDENT_WRONG_TARGET * 0.9) return s;
  }
  return at(preds, 1);
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** Folds of the grouped cross-validation (whole bank lines are held out together). */
const FOLDS = 3;

const TRAINERS = {
  logreg: (xs: Example[]) =>
    trainLogReg(xs, CLASSES, BUCKETS, { epochs: 30, rate: 2, decay: 0.05, seed: 20261202 }),
  naive_bayes: (xs: Example[]) => trainNaiveBayes(xs, CLASSES, BUCKETS, 0.01),
} as const;

export interface Selection {
  kind: PackedModel['kind'];
  /** Sure from here (confident-but-wrong within the target). */
  threshold: number;
  /** Answer from here (best accuracy); below, only lexicon agreement answers. */
  answerThreshold: number;
}

/** The threshold with the best accuracy (the lowest of equals). */
function mostAccurate(preds: readonly Prediction[]): Score {
  let best = at(preds, 0);
  for (let t = 0.05; t < 1; t = Math.round((t + 0.05) * 100) / 100) {
    const s = at(preds, t);
    if (s.accuracy > best.accuracy) best = s;
  }
  return best;
}

/**
 * Model choice: grouped cross-validation over the corpus (the hand-written tables always train:
 * the lexicon was tuned on them, so they would flatter whichever model trusts it most). Each
 * model gets the threshold that keeps confident-but-wrong under the target; the more accurate
 * one wins.
 */
export function select(
  allX: readonly Example[],
  all: readonly Labelled[],
  log: boolean,
): Selection {
  const fold = all.map((e) => (e.group === null ? -1 : hash(e.group) % FOLDS));
  let chosen: (Selection & { accuracy: number }) | null = null;
  let answer = 0;
  for (const kind of Object.keys(TRAINERS) as PackedModel['kind'][]) {
    const preds: Prediction[] = [];
    for (let f = 0; f < FOLDS; f++) {
      const model = TRAINERS[kind](allX.filter((_, i) => fold[i] !== f));
      preds.push(
        ...predict(
          model,
          allX.filter((_, i) => fold[i] === f),
        ),
      );
    }
    const raw = mostAccurate(preds);
    const s = calibrate(preds);
    if (log)
      console.log(
        `[train] ${kind}, grouped ${FOLDS}-fold on ${preds.length} corpus replies: best ${pct(raw.accuracy)} (confident-but-wrong ${pct(raw.confidentWrong)}) at threshold ${raw.threshold}; ${pct(s.accuracy)} (${pct(s.confidentWrong)}) at threshold ${s.threshold}`,
      );
    if (!chosen || s.accuracy > chosen.accuracy) {
      chosen = {
        kind,
        threshold: s.threshold,
        answerThreshold: raw.threshold,
        accuracy: s.accuracy,
      };
      answer = raw.threshold;
    }
  }
  return {
    kind: chosen?.kind ?? 'logreg',
    threshold: chosen?.threshold ?? 0.5,
    answerThreshold: Math.min(answer, chosen?.threshold ?? 0.5),
  };
}

/** Trains the shipped table; with `selection` (from weights.json) the model choice is skipped. */
export function trainShipped(selection?: Selection, log = false): PackedModel {
  const all = [...corpusReplies(), ...tableReplies()];
  const allX = examples(all, BUCKETS);
  const { kind, threshold, answerThreshold } = selection ?? select(allX, all, log);
  const packed = pack(TRAINERS[kind](allX), kind, threshold, answerThreshold, corpusHash(all));
  if (log) {
    const fit = at(predict(unpack(packed), allX), threshold);
    console.log(
      `[train] chose ${kind} at threshold ${threshold}; on its own training set ${pct(fit.accuracy)}`,
    );
  }
  return packed;
}

if (process.argv[1]?.endsWith('train-replies.ts')) {
  const packed = trainShipped(undefined, true);
  const json = JSON.stringify(packed) + '\n';
  writeFileSync(new URL('../utils/advisor/model/weights.json', import.meta.url), json);
  console.log(`[train] wrote weights.json, ${json.length} bytes`);
}
