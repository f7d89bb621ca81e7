/**
 * Rebuilds a page's text lines from positioned text runs (what pdf.js's `getTextContent` gives):
 * runs sharing a baseline form one visual line, ordered by x; the horizontal gap between two runs
 * decides whether they touch, are two words, or are two cells (column break). Column breaks are
 * padded towards the run's position on the page, like `pdftotext -layout`, so cells of one table
 * column line up from row to row. Right-to-left (Hebrew) lines come out in logical order.
 */

/** One text run: its text (logical order), left x, baseline y (PDF units, y grows upwards). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the run's height in page units). */
  size: number;
}

// Gaps in ems (of the larger font size of the two runs).
const SAME_WORD = 0.1;
const COLUMN_BREAK = 0.55;
// Baselines closer than this (in ems) are one line: sub/superscripts and mixed fonts wobble.
const SAME_LINE = 0.4;
// Average glyph width in ems, to turn an x position into a character column.
const GLYPH = 0.5;
// No real line is wider than this many characters; damaged coordinates must not pad megabytes.
const MAX_COLUMN = 240;
// A page of an invoice has a few hundred runs; a damaged one may claim millions.
const MAX_RUNS = 20_000;

const HEBREW = /[\u0590-\u05ff]/g;
const LATIN = /[A-Za-z\u00c0-\u024f\u0400-\u04ff]/g;
const STRONG_LTR = /[A-Za-z\u00c0-\u024f\u0400-\u04ff0-9]/;
const STRONG_RTL = /[\u0590-\u05ff]/;

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

/** Groups runs into lines, top to bottom (each line's runs in no particular order). */
export function groupLines(runs: readonly TextRun[]): TextRun[][] {
  const kept = runs
    .slice(0, MAX_RUNS)
    .filter((r) => r.str.trim() !== '' && Number.isFinite(r.x + r.y + r.size));
  kept.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  let baseline = Number.NaN;
  let size = 0;
  for (const r of kept) {
    const current = lines[lines.length - 1];
    const tolerance = SAME_LINE * Math.max(1, Math.min(size, r.size));
    if (current && Math.abs(baseline - r.y) <= tolerance) {
      current.push(r);
    } else {
      lines.push([r]);
      baseline = r.y;
      size = r.size;
    }
  }
  return lines;
}

/** True when the line is mostly Hebrew (a right-to-left paragraph). */
export function isRtl(line: readonly TextRun[]): boolean {
  const text = line.map((r) => r.str).join(' ');
  return count(text, HEBREW) > count(text, LATIN);
}

/**
 * The runs of a right-to-left line in logical order: right to left, except that consecutive
 * left-to-right runs (numbers, Latin words, and the neutral runs between them) keep their
 * left-to-right order, as the Unicode bidi algorithm would display them.
 */
export function logicalOrder(line: readonly TextRun[]): TextRun[] {
  const visual = [...line].sort((a, b) => b.x - a.x);
  const out: TextRun[] = [];
  let run: TextRun[] = [];
  const flush = (): void => {
    // Trailing neutrals of an LTR run belong to the RTL context: keep them after the run.
    let end = run.length;
    while (end > 0 && !STRONG_LTR.test(run[end - 1]?.str ?? '')) end--;
    out.push(...run.slice(0, end).reverse(), ...run.slice(end));
    run = [];
  };
  for (const r of visual) {
    // A column break ends an LTR run: each table cell is read on its own, right to left.
    const last = run[run.length - 1];
    if (last && gapEm(last, r) >= COLUMN_BREAK) flush();
    if (STRONG_RTL.test(r.str)) {
      flush();
      out.push(r);
    } else if (STRONG_LTR.test(r.str) || run.length) run.push(r);
    else out.push(r);
  }
  flush();
  return out;
}

/** The empty space between two runs' boxes, in ems (whichever is on the left). */
function gapEm(a: TextRun, b: TextRun): number {
  const gap = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
  return gap / Math.max(1, a.size, b.size);
}

/**
 * One line's text. `left` is the page's left text margin and `em` its usual font size, used to
 * pad left-to-right column breaks to the cell's column.
 */
export function lineText(line: readonly TextRun[], left = 0, em = 10): string {
  const rtl = isRtl(line);
  const ordered = rtl ? logicalOrder(line) : [...line].sort((a, b) => a.x - b.x);
  const glyph = Math.max(1, em * GLYPH);
  let out = '';
  let prev: TextRun | null = null;
  for (const r of ordered) {
    const str = r.str.replace(/\s+/g, ' ');
    if (!prev) {
      // An LTR line that starts in a right-hand column keeps its indent (a cell under a header).
      const col = rtl ? 0 : Math.min(MAX_COLUMN, Math.round((r.x - left) / glyph));
      out = (col >= 4 ? ' '.repeat(col) : '') + str.trimStart();
    } else {
      const gap = gapEm(prev, r);
      const spaced = out.endsWith(' ') || str.startsWith(' ');
      if (gap >= COLUMN_BREAK) {
        out = out.trimEnd();
        const col = rtl ? 0 : Math.min(MAX_COLUMN, Math.round((r.x - left) / glyph));
        out += ' '.repeat(Math.max(2, col - out.length)) + str.trimStart();
      } else if (gap >= SAME_WORD && !spaced) out += ' ' + str;
      else out += str;
    }
    prev = r;
  }
  return out.trimEnd();
}

/** A page's text: its lines top to bottom, one visual line per line. */
export function pageText(runs: readonly TextRun[]): string {
  const lines = groupLines(runs);
  if (!lines.length) return '';
  let left = Infinity;
  const sizes: number[] = [];
  for (const line of lines)
    for (const r of line) {
      left = Math.min(left, r.x);
      sizes.push(r.size);
    }
  sizes.sort((a, b) => a - b);
  const em = sizes[Math.floor(sizes.length / 2)] ?? 10;
  return lines.map((line) => lineText(line, left, em)).join('\n');
}
