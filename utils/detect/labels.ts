/**
 * Finds which label a value is printed under ("Amount due: $5", "Termin płatności: 3.12.2024"):
 * the label whose match ends closest to the value wins; on a tie the longer phrase wins, so
 * "Total incl. VAT" is a total and "Minimum payment due" a minimum.
 */
import { lineStart, rx } from '@/utils/detect/text';

const HAS_LETTER = rx('[\\p{L}]');

/** A label vocabulary: category name and its (global, Unicode) regex. */
export type LabelTable<C extends string> = ReadonlyArray<readonly [C, RegExp]>;

/** The category of the label nearest to the end of `window`, or null. */
export function nearestLabel<C extends string>(window: string, table: LabelTable<C>): C | null {
  return nearestLabelAt(window, table)?.cat ?? null;
}

/** Like `nearestLabel`, with the index where that label ends. */
export function nearestLabelAt<C extends string>(
  window: string,
  table: LabelTable<C>,
): { cat: C; end: number } | null {
  let best: C | null = null;
  let bestEnd = -1;
  let bestLen = 0;
  for (const [cat, re] of table) {
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const end = m.index + m[0].length;
      if (end > bestEnd || (end === bestEnd && m[0].length > bestLen)) {
        best = cat;
        bestEnd = end;
        bestLen = m[0].length;
      }
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return best === null ? null : { cat: best, end: bestEnd };
}

/**
 * The text a label for the value at `start` can be in: the same line back to `floor` (the end of
 * the previous value) and at most `max` characters; when that holds no letter (a value alone in a
 * table cell), the previous line if it is a pure label line (no digits).
 */
export function labelWindow(low: string, start: number, floor: number, max = 48): string {
  const ls = lineStart(low, start, max);
  const from = Math.max(ls, floor);
  const same = low.slice(from, start);
  if (HAS_LETTER.test(same) || from > ls || ls === 0 || low.charCodeAt(ls - 1) !== 10) return same;
  let prevEnd = ls - 1;
  while (prevEnd > 0 && prevEnd > ls - 8 && low.charCodeAt(prevEnd - 1) === 10) prevEnd--;
  const prev = low.slice(lineStart(low, prevEnd, max), prevEnd);
  return /\d/.test(prev) ? same : prev + ' ' + same;
}
