// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileLabels, readLabelled, readLabelledBlock } from '@/utils/sites/labels';
import { readPageText } from '@/utils/sites/page-text';
import {
  AMOUNT_DUE_LABELS,
  BILL_TO_LABELS,
  DUE_DATE_LABELS,
  ISSUE_DATE_LABELS,
  TOTAL_LABELS,
} from '@/utils/sites/vocabulary';
import { readAmount, readDate } from '@/utils/sites/values';
import { parseHtml } from './load-fixture';

const page = (body: string) =>
  readPageText(parseHtml(`<!doctype html><html><body>${body}</body></html>`));
const isAmount = (text: string, currency: string | null) => readAmount(text, currency) !== null;
const isDate = (text: string) => readDate(text) !== null;
const due = compileLabels(AMOUNT_DUE_LABELS);

describe('readLabelled finds the value next to a label', () => {
  it.each([
    ['dt/dd', '<dl><dt>Amount due</dt><dd>$120.00</dd></dl>'],
    ['table row', '<table><tr><th>Balance Due</th><td>$120.00</td></tr></table>'],
    ['flex row of spans', '<div><span>Amount due:</span><span>$120.00</span></div>'],
    ['wrapped label', '<div><div><span>Amount Due</span></div><div><b>$120.00</b></div></div>'],
    ['label and value in one element', '<p>Amount due: <b>$120.00</b></p>'],
    [
      'header row above the value row',
      '<table><thead><tr><th>Invoice</th><th>Amount due</th></tr></thead><tbody><tr><td>7</td><td>$120.00</td></tr></tbody></table>',
    ],
    ['German label', '<div><p>Offener Betrag</p><p>$120.00</p></div>'],
    [
      'column of labels beside a column of values',
      '<div><div><p>Invoice date</p><p>Amount due</p></div><div><p>May 1, 2026</p><p>$120.00</p></div></div>',
    ],
  ])('%s', (_name, body) => {
    expect(readLabelled(page(body), due, isAmount)?.text).toBe('$120.00');
  });

  it('reads a currency code printed with the label', () => {
    const found = readLabelled(
      page('<table><tr><td>Amount Due (CAD):</td><td>$1,130.00</td></tr></table>'),
      due,
      isAmount,
    );
    expect(found?.currency).toBe('CAD');
    expect(readAmount(found?.text ?? '', found?.currency ?? null)).toEqual({
      amountMinor: 113000,
      currency: 'CAD',
    });
  });

  it('does not take "Subtotal" for "Total"', () => {
    const body =
      '<div><span>Subtotal</span><span>$100.00</span></div><div><span>Total</span><span>$108.00</span></div>';
    expect(readLabelled(page(body), compileLabels(TOTAL_LABELS), isAmount)?.text).toBe('$108.00');
  });

  it('skips a label whose neighbour is not a value of the right kind', () => {
    const body =
      '<div><span>Due date</span><span>on receipt</span></div><div><span>Due date</span><span>May 1, 2026</span></div>';
    expect(readLabelled(page(body), compileLabels(DUE_DATE_LABELS), isDate)?.text).toBe(
      'May 1, 2026',
    );
  });

  it('prefers a specific label tier over a generic one found earlier', () => {
    const body =
      '<div><span>Date</span><span>2026-01-02</span></div><div><span>Invoice date</span><span>2026-03-04</span></div>';
    expect(readLabelled(page(body), compileLabels(ISSUE_DATE_LABELS), isDate)?.text).toBe(
      '2026-03-04',
    );
  });

  it('ignores labels inside hidden elements and scripts', () => {
    const body =
      '<div hidden><span>Amount due</span><span>$1.00</span></div><script>"Amount due $2.00"</script><div><span>Amount due</span><span>$3.00</span></div>';
    expect(readLabelled(page(body), due, isAmount)?.text).toBe('$3.00');
  });

  it('returns null when no label is present', () => {
    expect(readLabelled(page('<p>Hello, the invoice is attached.</p>'), due, isAmount)).toBeNull();
  });
});

describe('readLabelledBlock', () => {
  it('returns the lines under a "Bill to" heading', () => {
    const body = '<div><h3>Bill to</h3><div>Jane Cooper</div><div>jane@example.com</div></div>';
    const block = readLabelledBlock(page(body), compileLabels(BILL_TO_LABELS));
    expect(block?.map((element) => element.textContent)).toEqual([
      'Jane Cooper',
      'jane@example.com',
    ]);
  });

  it('returns only the cell beside a label in a table', () => {
    const body = '<table><tr><td>To</td><td>Acme Ltd</td><td>ignored</td></tr></table>';
    const block = readLabelledBlock(page(body), compileLabels(BILL_TO_LABELS));
    expect(block?.map((element) => element.textContent)).toEqual(['Acme Ltd']);
  });
});
