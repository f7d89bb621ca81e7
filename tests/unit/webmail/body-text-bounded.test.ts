// @vitest-environment happy-dom
/**
 * Issue 11, finding 7: the body reader on adversarial input up to the body cap (100k
 * characters). Each case prints its time (the rule is ≤ 50 ms per parser; speed is reported,
 * not asserted) and asserts what the reader returns.
 */
import { describe, expect, it } from 'vitest';
import { trailingRun, visibleText } from '@/utils/webmail/body-text';
import { cachedVisibleText } from '@/utils/webmail/body-cache';

const CAP = 100_000;

function bodyOf(build: (doc: Document, root: HTMLElement) => void): HTMLElement {
  const root = document.createElement('div');
  build(document, root);
  return root;
}
const pre = (text: string) =>
  bodyOf((doc, root) => root.appendChild(doc.createElement('pre')).append(text));

const cases: [string, () => HTMLElement, (text: string) => void][] = [
  ['<pre> of 100k spaces', () => pre(' '.repeat(CAP)), (t) => expect(t).toBe('')],
  ['<pre> of 100k newlines', () => pre('\n'.repeat(CAP)), (t) => expect(t).toBe('')],
  [
    '<pre> of "x" + 100k spaces + "y"',
    () => pre(`x${' '.repeat(CAP)}\ny`),
    (t) => expect(t).toBe('x\ny'),
  ],
  ['<pre> of " \\t\\n" × 33k', () => pre(' \t\n'.repeat(CAP / 3)), (t) => expect(t).toBe('')],
  [
    'alternating scripts "Aש" × 50k',
    () => pre('Aש'.repeat(CAP / 2)),
    (t) => expect(t).toHaveLength(CAP),
  ],
  [
    '"x wrote:" + 99k newlines',
    () => pre(`x wrote:${'\n'.repeat(CAP - 8)}`),
    (t) => expect(t).toBe('x wrote:'),
  ],
  ['20k "> " quoted lines', () => pre('> a\n'.repeat(CAP / 4)), (t) => expect(t).toBe('')],
  [
    '300 nested blockquotes',
    () =>
      bodyOf((doc, root) => {
        let at: HTMLElement = root;
        for (let i = 0; i < 300; i++) at = at.appendChild(doc.createElement('blockquote'));
        at.append('deep');
      }),
    (t) => expect(t).toBe(''),
  ],
  [
    '5k empty <div>s with <br>',
    () =>
      bodyOf((doc, root) => {
        for (let i = 0; i < 5000; i++)
          root.appendChild(doc.createElement('div')).append(doc.createElement('br'));
      }),
    (t) => expect(t).toBe(''),
  ],
];

describe('visibleText on adversarial bodies (prints the time of each)', () => {
  it.each(cases)('%s', (name, make, check) => {
    const body = make();
    const start = performance.now();
    const text = visibleText(body);
    const ms = performance.now() - start;
    console.log(`[bounded] visibleText · ${name}: ${ms.toFixed(1)} ms`);
    check(text);
  });
});

describe('trailingRun', () => {
  it('counts the run of the given characters at the end, and only there', () => {
    expect(trailingRun('ab \t \t', ' \t')).toBe(4);
    expect(trailingRun('  ab', ' ')).toBe(0);
    expect(trailingRun('\n\n\n', '\n')).toBe(3);
    expect(trailingRun('', '\n')).toBe(0);
  });
});

describe('cachedVisibleText', () => {
  it('reads a message once while its body keeps the same length, again when it changes', () => {
    const body = pre('Invoice 1');
    expect(cachedVisibleText('m-1', body)).toBe('Invoice 1');
    // Same id and length: the parsed text is reused (the body is not walked again).
    body.firstChild!.firstChild!.nodeValue = 'Invoice 2';
    expect(cachedVisibleText('m-1', body)).toBe('Invoice 1');
    body.firstChild!.firstChild!.nodeValue = 'Invoice 22';
    expect(cachedVisibleText('m-1', body)).toBe('Invoice 22');
    // No id: never cached.
    expect(cachedVisibleText('', pre('a'))).toBe('a');
  });
});
