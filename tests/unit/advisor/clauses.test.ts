/** Clause-by-clause reading: splitting, negation scope, contrast and consequence roles. */
import { describe, expect, it } from 'vitest';
import { readClauses } from '@/utils/advisor/clauses';

/** role[word ¬negated-word …] per clause. */
function show(text: string): string[] {
  return readClauses(text).map(
    (c) => `${c.role}[${c.tokens.map((t, i) => (c.negated[i] ? '¬' : '') + t.norm).join(' ')}]`,
  );
}

describe('readClauses', () => {
  it('splits at punctuation and keeps word offsets in the whole text', () => {
    const text = 'Thanks for the files. We will look at them; talk soon';
    const clauses = readClauses(text);
    expect(clauses).toHaveLength(3);
    const first = clauses[1]?.tokens[0];
    expect(first && text.slice(first.start, first.end)).toBe('We');
  });

  it('marks the clause before "but" as conceded and the one after as the point', () => {
    expect(show("We paid the deposit, but the kitchen still isn't fitted.")).toEqual([
      'conceded[we paid the deposit]',
      'contrast[the kitchen still is not ¬fitted]',
    ]);
    expect(show('Zapłaciliśmy zaliczkę, ale kuchnia nie jest zamontowana')[1]).toMatch(
      /^contrast\[kuchnia nie ¬jest ¬zamontowana\]$/,
    );
    expect(show('שילמנו את המקדמה, אבל המטבח לא הותקן')[0]).toMatch(/^conceded/);
    expect(show('Die Anzahlung ist bezahlt, aber die Küche fehlt')[1]).toMatch(/^contrast/);
  });

  it('marks a consequence ("so we won\'t pay") and negation inside it', () => {
    expect(show("We never ordered the extra licences, so we won't pay for them.")).toEqual([
      'plain[we never ¬ordered ¬the ¬extra ¬licences]',
      'consequence[we will not ¬pay ¬for ¬them]',
    ]);
  });

  it('carries "not" into the cause it introduces: "not because of cash"', () => {
    expect(show("It's not because of cash, the files are missing")).toEqual([
      'plain[it s not]',
      'cause[¬of ¬cash]',
      'plain[the files are missing]',
    ]);
  });

  it('limits negation to four words and to its clause', () => {
    const [first, second] = readClauses('We did not receive the signed invoice at all, we paid');
    expect(first?.negated).toEqual([false, false, false, true, true, true, true, false, false]);
    expect(second?.negated.some(Boolean)).toBe(false);
  });

  it('reads "no problem" as no negation', () => {
    expect(readClauses('No problem at all')[0]?.negated.some(Boolean)).toBe(false);
  });
});
