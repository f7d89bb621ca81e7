import { describe, expect, it } from 'vitest';
import { groupLines, lineText, logicalOrder, pageText, type TextRun } from '@/utils/pdf/layout';

/** A run of `str` at x, baseline y, 10 pt, 5 units per character (a monospace-ish width). */
const run = (str: string, x: number, y: number, size = 10): TextRun => ({
  str,
  x,
  y,
  size,
  width: str.length * size * 0.5,
});

describe('groupLines', () => {
  it('groups runs by baseline, top to bottom, tolerating small wobble', () => {
    const lines = groupLines([
      run('second', 10, 680),
      run('first', 10, 700),
      run('sup', 60, 701.5),
      run('third', 10, 660),
    ]);
    expect(lines.map((l) => l.map((r) => r.str).sort())).toEqual([
      ['first', 'sup'],
      ['second'],
      ['third'],
    ]);
  });
  it('drops whitespace-only runs and runs with broken coordinates', () => {
    const lines = groupLines([run(' ', 10, 700), run('a', Number.NaN, 700), run('b', 10, 700)]);
    expect(lines.map((l) => l.map((r) => r.str))).toEqual([['b']]);
  });
});

describe('lineText', () => {
  it('orders runs by x whatever their order in the stream', () => {
    expect(lineText([run('world', 40, 0), run('Hello', 10, 0)])).toBe('Hello world');
  });
  it('joins touching runs into one word and spaces word gaps', () => {
    // "Inv" ends at 25, "oice" starts there; "no." starts 3 units (0.3 em) after.
    expect(lineText([run('Inv', 10, 0), run('oice', 25, 0), run('no.', 48, 0)])).toBe(
      'Invoice no.',
    );
  });
  it('separates table cells by at least two spaces', () => {
    const text = lineText([run('Total', 10, 0), run('$1,200.00', 200, 0)], 10, 10);
    expect(text).toMatch(/^Total {2,}\$1,200\.00$/);
  });
  it('pads cells to their column so that rows line up', () => {
    const page = pageText([
      run('Item', 10, 100),
      run('Qty', 200, 100),
      run('Amount', 300, 100),
      run('Design work', 10, 80),
      run('2', 200, 80),
      run('€ 800,00', 300, 80),
    ]);
    const [head, row] = page.split('\n');
    expect(head?.indexOf('Qty')).toBe(row?.indexOf('2'));
    expect(head?.indexOf('Amount')).toBe(row?.indexOf('€ 800,00'));
  });
  it('keeps an empty first cell as indentation', () => {
    const page = pageText([run('Label', 10, 100), run('Value', 200, 100), run('more', 200, 80)]);
    expect(page.split('\n')[1]).toMatch(/^ {10,}more$/);
  });
});

describe('right-to-left lines', () => {
  // How pdf.js reports "חשבונית מס׳ 123 סה"כ לתשלום 1,200 ₪" from a Chromium-printed page:
  // runs in visual order (left to right), each run's own text in logical order.
  const visual = [
    run('₪', 100, 0),
    run('1,200', 110, 0),
    run('לתשלום', 140, 0),
    run('כ', 175, 0),
    run('"', 180, 0),
    run('סה', 185, 0),
    run('123', 200, 0),
    run('מס׳', 220, 0),
    run('חשבונית', 240, 0),
  ];
  it('come out in logical order, numbers and currency kept readable', () => {
    expect(lineText(visual)).toBe('חשבונית מס׳ 123 סה"כ לתשלום 1,200 ₪');
  });
  it('keep a multi-run left-to-right phrase in its own order', () => {
    const order = logicalOrder([
      run('INV-7', 100, 0),
      run('2026', 128, 0),
      run('חשבונית', 200, 0),
    ]).map((r) => r.str);
    expect(order).toEqual(['חשבונית', 'INV-7', '2026']);
  });
  it('read a table row cell by cell, right to left', () => {
    // Columns תיאור | כמות | מחיר | סכום laid out from the right: "עיצוב אתר", 1, ₪1,750.00, ₪1,750.00.
    const row = [
      run('₪1,750.00', 100, 0),
      run('₪1,750.00', 200, 0),
      run('1', 300, 0),
      run('עיצוב אתר', 400, 0),
    ];
    expect(lineText(row)).toMatch(/^עיצוב אתר {2,}1 {2,}₪1,750\.00 {2,}₪1,750\.00$/);
  });
  it('leave left-to-right lines alone', () => {
    expect(lineText([run('Invoice', 10, 0), run('חשבונית', 48, 0)])).toBe('Invoice חשבונית');
  });
});

describe('two-column layouts', () => {
  it('keep each visual line whole, the right column after a wide gap', () => {
    const page = pageText([
      run('Seller: ACME Ltd', 30, 700),
      run('Buyer: Foo Inc', 300, 700),
      run('1 Main St', 30, 686),
      run('2 Side St', 300, 686),
    ]);
    const lines = page.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Seller: ACME Ltd {2,}Buyer: Foo Inc$/);
    expect(lines[1]).toMatch(/^1 Main St {2,}2 Side St$/);
    expect(lines[0]?.indexOf('Buyer')).toBe(lines[1]?.indexOf('2 Side'));
  });
});
