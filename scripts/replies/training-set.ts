/**
 * The training examples of the learned layer, in a stable order: the generated corpus
 * (tests/fixtures/replies/corpus.jsonl) and the hand-written reply tables of tests/unit/advisor.
 * The blind batch (tests/fixtures/replies/blind) is never read here.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { REFUSAL_REASONS, type RefusalReason } from '../../utils/advisor/reasons';
import { REPLY_CASES } from '../../tests/unit/advisor/reply-cases';
import { FRESH_CASES } from '../../tests/unit/advisor/reply-cases-fresh';
import { HOLDOUT_CASES } from '../../tests/unit/advisor/reply-cases-holdout';
import { UNSEEN_CASES } from '../../tests/unit/advisor/reply-cases-unseen';
import { UNSEEN_2_CASES } from '../../tests/unit/advisor/reply-cases-unseen-2';

export interface Labelled {
  lang: string;
  reason: RefusalReason;
  text: string;
  /** Corpus replies framed from the same bank line; null for the hand-written tables. */
  group: string | null;
}

export function corpusReplies(): Labelled[] {
  const file = new URL('../../tests/fixtures/replies/corpus.jsonl', import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const r = JSON.parse(l) as {
        lang: string;
        reason: RefusalReason;
        group: string;
        text: string;
      };
      if (!REFUSAL_REASONS.includes(r.reason)) throw new Error(`bad reason ${r.reason}`);
      return { lang: r.lang, reason: r.reason, text: r.text, group: r.group };
    });
}

export function tableReplies(): Labelled[] {
  return [REPLY_CASES, HOLDOUT_CASES, FRESH_CASES, UNSEEN_CASES, UNSEEN_2_CASES].flatMap((t) =>
    t.map(([lang, reason, text]) => ({ lang, reason, text, group: null })),
  );
}

/** sha256 over the labelled texts, in order. */
export function corpusHash(examples: readonly Labelled[]): string {
  const h = createHash('sha256');
  for (const e of examples) h.update(`${e.reason}\u0000${e.text}\u0001`);
  return h.digest('hex');
}
