// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { visibleText } from '@/utils/webmail/body-text';
import { parseHtml } from './gmail/fixtures';

/** The visible text of an e-mail body given as Gmail would render it inside div.a3s. */
function textOf(bodyHtml: string): string {
  const doc = parseHtml(`<body><div class="a3s">${bodyHtml}</div></body>`);
  const body = doc.querySelector('.a3s');
  if (!body) throw new Error('no body');
  return visibleText(body);
}

describe('visibleText', () => {
  it.each([
    [
      'Gmail lines',
      '<div>Hi Anna,</div><div><br></div><div>Invoice <b>INV-1</b> attached.</div>',
      'Hi Anna,\n\nInvoice INV-1 attached.',
    ],
    ['br at the end of a block', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['paragraphs', '<p>one</p>\n   <p>two</p>', 'one\n\ntwo'],
    ['whitespace collapsing', 'word   <b>bold</b>\n\t<i>it</i>', 'word bold it'],
    [
      'table cells',
      '<table><tr><td>Total</td><td>USD 1,250.00</td></tr><tr><td>Due</td><td>Dec 1</td></tr></table>',
      'Total\tUSD 1,250.00\nDue\tDec 1',
    ],
    ['list items', '<ul><li>one</li><li>two</li></ul>after', 'one\ntwo\nafter'],
    ['pre keeps spacing', '<pre>a  b\n  c</pre>', 'a  b\n  c'],
    ['NBSP kept', '5&nbsp;400,00 zł', '5\u00a0400,00 zł'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(html)).toBe(expected);
  });

  it.each([
    [
      'Gmail quote',
      '<div>New text</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 9, 2026 at 8:30 AM Sam &lt;sam@x.example&gt; wrote:<br></div><blockquote class="gmail_quote">old text</blockquote></div>',
    ],
    [
      'Apple Mail quote',
      '<div>New text</div><div>On Nov 9, 2026, at 8:30 AM, Sam wrote:</div><blockquote type="cite">old text</blockquote>',
    ],
    [
      'Thunderbird quote',
      '<div>New text</div><div class="moz-cite-prefix">On 09.11.2026 08:30, Sam wrote:<br></div><blockquote>old text</blockquote>',
    ],
    [
      'Yahoo quote',
      '<div>New text</div><div class="yahoo_quoted">On Monday, Sam wrote: old text</div>',
    ],
    [
      'Outlook reply',
      '<div>New text</div><div id="divRplyFwdMsg">From: Sam<br>Sent: Monday</div><div>old text</div>',
    ],
    ['Outlook plain separator', 'New text<br><br>-----Original Message-----<br>old text'],
    [
      'Polish plain-text quote',
      'New text<br><br>W dniu pon., 9 lis 2026 o 08:30 Sam &lt;sam@x.example&gt; napisał(a):<br>&gt; old text<br>&gt; more old text',
    ],
    ['plain quote without date', 'New text<br>Sam wrote:<br>&gt; old text'],
  ])('drops quoted history: %s', (_name, html) => {
    expect(textOf(html)).toBe('New text');
  });

  it('keeps text after an inline quote, and a colon line that is not an attribution', () => {
    expect(
      textOf('<div>Here are the details:</div><blockquote>quoted</blockquote><div>My answer</div>'),
    ).toBe('Here are the details:\nMy answer');
  });

  it('skips what is not visible: scripts, styles, hidden blocks, images, controls', () => {
    const text = textOf(
      '<div>Visible</div><script>var secret = 1;</script><style>.x { color: red }</style>' +
        '<div style="display: none">preheader</div><div hidden>hidden</div><img alt="pixel">' +
        '<button>Click</button><template><p>template</p></template><noscript>ns</noscript>',
    );
    expect(text).toBe('Visible');
  });

  it('returns markup-looking text as text', () => {
    expect(textOf('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;')).toBe(
      '<script>alert(1)</script> & <b>x</b>',
    );
  });
});
