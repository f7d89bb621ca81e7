/**
 * The classifier on the unseen table (reply-cases-unseen.ts): accuracy per language and per
 * reason, and the confusions (expected → got), printed; the overall figure has a floor so a
 * regression fails the run.
 */
import { describe, expect, it } from 'vitest';
import { classifyReply, REFUSAL_REASONS } from '@/utils/advisor';
import type { ReplyCase } from './reply-cases';
import { UNSEEN_CASES } from './reply-cases-unseen';
import { UNSEEN_2_CASES } from './reply-cases-unseen-2';

const NOW = new Date(2026, 10, 23, 12);

/** Overall floor on the unseen table. */
const FLOOR = 0.85;

type Tally = Record<string, [right: number, total: number]>;

function pct([r, n]: [number, number]): string {
  return `${r}/${n} (${((r / n) * 100).toFixed(0)}%)`;
}

describe('classifyReply: unseen table', () => {
  it('covers every language and every reason', () => {
    const langs = new Map<string, number>();
    for (const [lang] of UNSEEN_CASES) langs.set(lang, (langs.get(lang) ?? 0) + 1);
    expect([...langs.keys()].sort()).toEqual(['de', 'en', 'es', 'fr', 'he', 'pl', 'ru', 'uk']);
    for (const n of langs.values()) expect(n).toBeGreaterThanOrEqual(25);
    const reasons = new Set(UNSEEN_CASES.map(([, reason]) => reason));
    for (const r of REFUSAL_REASONS) expect(reasons.has(r), r).toBe(true);
  });

  it(`scores at least ${FLOOR * 100}% overall, printed per language, reason and confusion`, () => {
    expect(measure('unseen', UNSEEN_CASES)).toBeGreaterThanOrEqual(FLOOR);
  });

  it(`scores at least ${FLOOR * 100}% on the second batch (written after tuning on the first)`, () => {
    expect(measure('unseen-2', UNSEEN_2_CASES)).toBeGreaterThanOrEqual(FLOOR);
  });
});

/** Prints accuracy per language and reason and the confusions; returns the overall rate. */
function measure(label: string, cases: readonly ReplyCase[]): number {
  {
    const byLang: Tally = {};
    const byReason: Tally = {};
    const confusions = new Map<string, number>();
    const misses: string[] = [];
    let right = 0;
    for (const [lang, reason, text] of cases) {
      const got = classifyReply(text, NOW).reason;
      const ok = got === reason;
      for (const [tally, key] of [
        [byLang, lang],
        [byReason, reason],
      ] as const) {
        const t = (tally[key] ??= [0, 0]);
        t[1]++;
        if (ok) t[0]++;
      }
      if (ok) right++;
      else {
        const key = `${reason} → ${got}`;
        confusions.set(key, (confusions.get(key) ?? 0) + 1);
        misses.push(`  [${lang}] ${key}: ${text.split('\n')[0]?.slice(0, 90)}`);
      }
    }
    const total = right / cases.length;
    const lines = [
      `[classifier] ${label}: ${(total * 100).toFixed(1)}% (${right}/${cases.length})`,
      `  per language: ${Object.entries(byLang)
        .map(([k, v]) => `${k} ${pct(v)}`)
        .join(', ')}`,
      `  per reason: ${REFUSAL_REASONS.filter((r) => byReason[r])
        .map((r) => `${r} ${pct(byReason[r] as [number, number])}`)
        .join(', ')}`,
      `  confusions (expected → got): ${
        [...confusions]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ×${n}`)
          .join('; ') || 'none'
      }`,
      ...misses,
    ];
    console.log(lines.join('\n'));
    return total;
  }
}
