/**
 * Adversarial inputs for the parsers (issue 11, finding 7): long runs of one character,
 * alternating scripts, nested quotes, long digit and separator runs, and the exact inputs the
 * red-team review timed. Deterministic, so every run measures the same strings.
 */

export interface AdversarialInput {
  name: string;
  text: string;
}

/** `unit` repeated until the text is `length` characters long (cut there). */
export function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Every generator at `length` characters. */
export function adversarialInputs(length: number): AdversarialInput[] {
  const runs = [
    ' ',
    '\n',
    '\t',
    '1',
    '0',
    'a',
    '.',
    ',',
    '/',
    '-',
    '>',
    '@',
    '#',
    '€',
    '$',
    'ש',
    'ж',
    '<',
    '"',
    "'",
    '\u00a0',
  ];
  const alternating = ['Aש', 'aЖ', 'ab', 'a1', '1a', 'ש1', 'Ж.', 'a@', 'a.', ' \n', '\t '];
  const separators = [
    '1/1 ',
    '1.1.',
    '1,',
    '1.',
    '1 ',
    '12-12-',
    '0.0.0.',
    '1/1/',
    '1 000 ',
    '1,000.',
    '$1',
    '€1,',
    'Nr1 ',
  ];
  const quotes = ['> ', '>>', '"«', '«»', '„“', '\'"', '(', '[', '{"a":'];
  const out: AdversarialInput[] = [
    ...runs.map((c) => ({ name: `run ${JSON.stringify(c)}`, text: repeatTo(c, length) })),
    ...alternating.map((u) => ({
      name: `alternating ${JSON.stringify(u)}`,
      text: repeatTo(u, length),
    })),
    ...separators.map((u) => ({ name: `digits ${JSON.stringify(u)}`, text: repeatTo(u, length) })),
    ...quotes.map((u) => ({ name: `nested ${JSON.stringify(u)}`, text: repeatTo(u, length) })),
    // The inputs the review timed (issue 11, finding 7).
    { name: 'pay on 1/1 …', text: `I will pay on ${repeatTo('1/1 ', length - 14)}` },
    { name: 'x wrote + newlines', text: `x wrote\n${repeatTo('\n', length - 8)}` },
    {
      name: 'quoted attribution lines',
      text: repeatTo('On Mon, 1 Jan 2026, a@b.c wrote:\n> ', length),
    },
    { name: 'closing lines', text: `We will pay soon\n${repeatTo('Thanks\n', length - 16)}` },
    { name: 'signature rules', text: `Paid in full\n${repeatTo('--\n', length - 13)}` },
    { name: 'header blocks', text: repeatTo('From: a\nSent: b\n', length) },
    { name: 'month names', text: repeatTo('15 December ', length) },
    { name: 'weekdays', text: repeatTo('on Friday ', length) },
    { name: 'e-mail-like', text: repeatTo('a.b-c_d%', length - 1) + '@' },
    { name: 'domains', text: `a@${repeatTo('b.', length - 2)}` },
  ];
  return out.map((input) => ({ name: input.name, text: input.text.slice(0, length) }));
}
