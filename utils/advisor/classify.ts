/**
 * classifyReply: reads a client's reply in any supported language and names the reason for not
 * paying, with a confidence and the phrase it relied on. Fully offline, two layers:
 * - the lexicon (lexicon/*.ts): weighted phrases per language, negation scoped to the clause and
 *   explicit precedence rules for replies that mention several things — precise evidence;
 * - the learned layer (model/): a linear model over the reply's clauses (words, word pairs,
 *   character 4-grams, marked by negation and by the clause's role) and the lexicon's scores,
 *   trained by `npm run train`. It decides; below its calibrated threshold the answer is
 *   `unknown` and the user picks. The user's own corrections (model/corrections.ts) come last.
 */
import { extractPromisedDate } from '@/utils/advisor/promised-date';
import type { EntryMatch } from '@/utils/advisor/lexicon/compile';
import { matchLexicon } from '@/utils/advisor/lexicon/index';
import type { LexiconReason } from '@/utils/advisor/lexicon/types';
import { guessLanguage } from '@/utils/advisor/language';
import { maskQuoted, readExtent, tokenize, type Token } from '@/utils/advisor/normalize';
import type { RefusalReason } from '@/utils/advisor/reasons';
import { learnedThreshold, readLearned, type LearnedReading } from '@/utils/advisor/model/learned';
import { applyCorrections, type CorrectionMemory } from '@/utils/advisor/model/corrections';

export interface ReplyClassification {
  reason: RefusalReason;
  /** 0–1: how sure the classifier is (the user confirms anyway). */
  confidence: number;
  /** The phrase of the reply the decision rests on, verbatim; null for unknown. */
  evidence: string | null;
}

export interface ReasonScore {
  reason: LexiconReason;
  score: number;
  /** Non-negated matches, strongest first. */
  matches: EntryMatch[];
}

/** Below this, no reason is claimed: one weak cue is not enough. */
const MIN_SCORE = 1.5;

/** Reasons that name a concrete, fixable cause; they outrank a bare refusal. */
const CONCRETE: readonly LexiconReason[] = [
  'quality_dispute',
  'invoice_error',
  'not_received',
  'value_doubt',
  'service_complaint',
  'cash_flow',
];

/** Tie-break order when scores are equal: the more specific claim first. */
const PRECEDENCE: readonly LexiconReason[] = [
  'already_paid',
  'invoice_error',
  'not_received',
  'quality_dispute',
  'service_complaint',
  'value_doubt',
  'promise_to_pay',
  'cash_flow',
  'forgot',
  'unresponsive',
  'deliberate',
];

/** Diminishing sum: the strongest match counts fully, further ones less, so lists don't snowball. */
function combine(weights: number[]): number {
  return weights.sort((a, b) => b - a).reduce((sum, w, i) => sum + w / 2 ** i, 0);
}

/** Raw per-reason scores with the matches behind them (for tests and the "why" view). */
export function scoreReply(reply: string, now: Date = new Date()): ReasonScore[] {
  // Quoted earlier messages and signatures are not the client's words (offsets are kept).
  const text = maskQuoted(reply);
  const tokens = tokenize(text);
  const byReason = new Map<LexiconReason, EntryMatch[]>();
  for (const m of matchLexicon(tokens)) {
    if (m.negated) continue;
    const list = byReason.get(m.entry.reason) ?? [];
    list.push(m);
    byReason.set(m.entry.reason, list);
  }
  // A phrase from another language than the reply's counts half: look-alike words across
  // languages ("process" / "procès", "pas" / "pas") should not decide on their own.
  const lang = guessLanguage(text.slice(0, readExtent(text, tokens)), tokens);
  const scores = new Map<LexiconReason, number>();
  for (const [reason, matches] of byReason) {
    // One phrase counts once: the same words matched by several entries (or by the lexicons of
    // two related languages) keep only the strongest reading.
    const best = new Map<string, number>();
    for (const m of matches) {
      const weight = lang && m.entry.lang !== lang ? m.entry.weight / 2 : m.entry.weight;
      const span = `${m.from}:${m.to}`;
      best.set(span, Math.max(best.get(span) ?? 0, weight));
    }
    scores.set(reason, combine([...best.values()]));
  }
  applyPrecedence(scores, text, byReason, now);
  return [...scores.entries()]
    .map(([reason, score]) => ({
      reason,
      score,
      matches: (byReason.get(reason) ?? []).sort((a, b) => b.entry.weight - a.entry.weight),
    }))
    .sort(
      (a, b) => b.score - a.score || PRECEDENCE.indexOf(a.reason) - PRECEDENCE.indexOf(b.reason),
    );
}

function scale(scores: Map<LexiconReason, number>, reason: LexiconReason, factor: number): void {
  const s = scores.get(reason);
  if (s !== undefined) scores.set(reason, s * factor);
}

/**
 * Mixed replies. "Paid last week, sorry I forgot to send the confirmation" is already_paid;
 * "we refuse to pay until the bug is fixed" is the bug; "sorry, forgot — will pay Friday" is a
 * promise with a date; "can't pay until January" stays cash flow (no promise phrase).
 */
function applyPrecedence(
  scores: Map<LexiconReason, number>,
  text: string,
  byReason: Map<LexiconReason, EntryMatch[]>,
  now: Date,
): void {
  const has = (r: LexiconReason) => (scores.get(r) ?? 0) >= MIN_SCORE;
  if (CONCRETE.some(has)) scale(scores, 'deliberate', 0.5);
  if (has('already_paid')) {
    scale(scores, 'forgot', 0.5);
    scale(scores, 'promise_to_pay', 0.6);
    scale(scores, 'not_received', 0.7);
  }
  if (has('promise_to_pay')) {
    // A date backs a promise only when the reply actually says it will pay (not just "tomorrow").
    const spoken = (byReason.get('promise_to_pay') ?? []).some((m) => m.entry.weight >= 3);
    const date = spoken ? extractPromisedDate(text, now) : null;
    if (date && date.precision === 'day') {
      scores.set('promise_to_pay', (scores.get('promise_to_pay') ?? 0) + 1);
      scale(scores, 'forgot', 0.6);
    } else {
      // "We'll pay once it's fixed" is a dispute, "we'll pay when we can" is cash flow.
      if (has('quality_dispute') || has('service_complaint')) scale(scores, 'promise_to_pay', 0.5);
      if (has('cash_flow')) scale(scores, 'promise_to_pay', 0.7);
    }
  }
  // A reply that only says "sorry for the delay" next to a concrete cause is about that cause.
  if (CONCRETE.some((r) => r !== 'cash_flow' && has(r))) scale(scores, 'forgot', 0.7);
}

/** The clause the match sits in (short enough to quote), else the match with a little context. */
function evidenceOf(text: string, tokens: Token[], match: EntryMatch): string {
  const first = tokens[match.from];
  const last = tokens[match.to - 1];
  if (!first || !last) return '';
  const clause = tokens.filter((t) => t.clause === first.clause);
  const from = clause[0] ?? first;
  const to = clause[clause.length - 1] ?? last;
  if (to.end - from.start <= 140) return text.slice(from.start, to.end);
  const before = tokens[Math.max(0, match.from - 3)];
  const after = tokens[Math.min(tokens.length - 1, match.to + 2)];
  const start = before && before.clause === first.clause ? before.start : first.start;
  const end = after && after.clause === first.clause ? after.end : last.end;
  return text.slice(start, end);
}

/** The hashed features of a reply, as a user's correction keeps them (model/corrections.ts). */
export function replyFeatures(text: string, now: Date = new Date()): number[] {
  return readLearned(text, scoreReply(text, now)).features.index;
}

/** Rounds a probability (three decimals). */
const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** A lexicon score this high is right on its own (≥ 97 % on the corpus, see docs). */
const STRONG_LEXICON = 4;

/**
 * From this confidence on, an answer counts as sure: the learned layer's calibrated threshold
 * (chosen by `npm run train` so that at most 5 % of replies are wrong above it). Below it the
 * answer is a suggestion: the model's best guess above its answer threshold, the lexicon and the
 * model agreeing, or a strong lexicon phrase alone; otherwise `unknown`.
 */
export const SURE_CONFIDENCE = round3(learnedThreshold());

/**
 * Names the client's reason for not paying in `text` (any supported language). `memory`: the
 * user's earlier corrections (same client or same wording), which outweigh the model.
 */
export function classifyReply(
  text: string,
  now: Date = new Date(),
  memory?: CorrectionMemory,
): ReplyClassification {
  const ranked = scoreReply(text, now);
  const learned = readLearned(text, ranked);
  const reading: LearnedReading = memory ? applyCorrections(learned, memory) : learned;
  const { reason: model, probability } = reading.best;
  const top = ranked[0];
  const lexicon = top && top.score >= MIN_SCORE ? top.reason : null;
  let reason: RefusalReason = 'unknown';
  let confidence = 1 - probability / 2;
  if (probability >= reading.answerThreshold) [reason, confidence] = [model, probability];
  else if (lexicon && lexicon === model)
    [reason, confidence] = [model, Math.min(reading.threshold - 0.01, 0.5 + probability / 2)];
  else if (lexicon && top && top.score >= STRONG_LEXICON) [reason, confidence] = [lexicon, 0.5];
  if (reason === 'unknown') return { reason, confidence: round3(confidence), evidence: null };
  // Lexicon evidence for another reason as well (a mixed reply) makes the answer less sure.
  if (ranked.some((r) => r.reason !== reason && r.score >= MIN_SCORE)) confidence *= 0.85;
  const lexical = ranked.find((r) => r.reason === reason)?.matches[0];
  return {
    reason,
    confidence: round3(Math.min(0.999, confidence)),
    evidence: lexical ? evidenceOf(text, tokenize(maskQuoted(text)), lexical) : reading.evidence(),
  };
}
