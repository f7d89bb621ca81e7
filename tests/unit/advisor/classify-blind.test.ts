/**
 * The blind batch (tests/fixtures/replies/blind): replies written before the classifier was run
 * on them and never trained on. Prints accuracy per language, on long B2B mail, and the
 * calibration figures (wrong answers that are not `unknown`, and wrong answers at or above the
 * confidence counted as sure). Floors guard against regressions; the figures are in
 * docs/classifier.md.
 */
import { describe, expect, it } from 'vitest';
import { classifyReply } from '@/utils/advisor';
import { SURE_CONFIDENCE } from '@/utils/advisor/classify';
import { BLIND } from '../../fixtures/replies/blind/index';

const NOW = new Date(2026, 10, 23, 12);

interface Figures {
  accuracy: number;
  b2b: number;
  wrongAnswered: number;
  wrongSure: number;
}

function measure(): Figures {
  const perLang = new Map<string, [number, number]>();
  let right = 0;
  let b2bRight = 0;
  let b2b = 0;
  let wrongAnswered = 0;
  let wrongSure = 0;
  const misses: string[] = [];
  for (const [lang, reason, isB2b, text] of BLIND) {
    const got = classifyReply(text, NOW);
    const t = perLang.get(lang) ?? [0, 0];
    t[1]++;
    if (isB2b) b2b++;
    if (got.reason === reason) {
      right++;
      t[0]++;
      if (isB2b) b2bRight++;
    } else {
      if (got.reason !== 'unknown') wrongAnswered++;
      if (got.reason !== 'unknown' && got.confidence >= SURE_CONFIDENCE) wrongSure++;
      misses.push(
        `  [${lang}] ${reason} → ${got.reason} (${got.confidence}): ${text.slice(0, 70)}`,
      );
    }
    perLang.set(lang, t);
  }
  const n = BLIND.length;
  const f = {
    accuracy: right / n,
    b2b: b2bRight / b2b,
    wrongAnswered: wrongAnswered / n,
    wrongSure: wrongSure / n,
  };
  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  console.log(
    [
      `[classifier] blind: ${pct(f.accuracy)} (${right}/${n}); long B2B ${pct(f.b2b)} (${b2bRight}/${b2b})`,
      `  per language: ${[...perLang].map(([l, [r, t]]) => `${l} ${r}/${t}`).join(', ')}`,
      `  wrong but answered: ${pct(f.wrongAnswered)}; wrong at confidence ≥ ${SURE_CONFIDENCE}: ${pct(f.wrongSure)}`,
      ...misses,
    ].join('\n'),
  );
  return f;
}

describe('classifyReply: blind batch', () => {
  it('has at least 200 replies in 8 languages, 40 of them long B2B', () => {
    expect(BLIND.length).toBeGreaterThanOrEqual(200);
    expect(new Set(BLIND.map(([lang]) => lang)).size).toBe(8);
    expect(BLIND.filter(([, , b2b]) => b2b).length).toBeGreaterThanOrEqual(40);
  });

  it('keeps its accuracy, B2B and calibration floors', { timeout: 120_000 }, () => {
    const f = measure();
    expect(f.accuracy).toBeGreaterThanOrEqual(0.5);
    expect(f.b2b).toBeGreaterThanOrEqual(0.5);
    expect(f.wrongSure).toBeLessThanOrEqual(0.07);
  });
});
