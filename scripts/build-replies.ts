/**
 * Builds the labelled reply corpus (tests/fixtures/replies/corpus.jsonl) from the phrase banks:
 * each bank line is framed in several registers, each B2B paragraph in several letters. Seeded
 * and ordered, so the same banks always give the same file. Run: npx tsx scripts/build-replies.ts
 */
import { writeFileSync } from 'node:fs';
import { BANKS } from '../tests/fixtures/replies/banks/index';
import type { Bank } from '../tests/fixtures/replies/banks/types';
import type { RefusalReason } from '../utils/advisor/reasons';

export interface CorpusReply {
  lang: Bank['lang'];
  reason: RefusalReason;
  register: string;
  /** Replies framed from the same bank line share a group (validation holds out whole groups). */
  group: string;
  text: string;
}

/** mulberry32: a small seeded PRNG, enough for picking frames reproducibly. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLIENTS = [
  'Calder Foods Ltd',
  'Nordwerk GmbH',
  'Budmax Sp. z o.o.',
  'Lumière Distribution SAS',
];

function build(bank: Bank, seed: number): CorpusReply[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const maybe = (p: number, s: string) => (r() < p ? s : '');
  const para = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n\n');
  const sign = () => pick(bank.signatures).replace('{name}', pick(bank.names));
  const out: CorpusReply[] = [];
  let group = '';
  const add = (reason: RefusalReason, register: string, text: string) =>
    out.push({ lang: bank.lang, reason, register, group, text: text.trim() });

  for (const [reason, lines] of Object.entries(bank.lines) as [RefusalReason, string[]][]) {
    for (const [n, line] of lines.entries()) {
      group = `${bank.lang}:${reason}:${n}`;
      add(reason, 'terse', r() < 0.3 ? line.replace(/[.!]$/, '') : line);
      const casual = para(
        pick(bank.greet.casual),
        [maybe(0.3, pick(bank.filler)), line].filter(Boolean).join(r() < 0.5 ? ' ' : '\n\n'),
        `${pick(bank.close.casual)}\n${pick(bank.names)}`,
      );
      const formal = para(
        pick(bank.greet.formal),
        line,
        maybe(0.5, pick(bank.filler)),
        `${pick(bank.close.formal)}\n${sign()}`,
      );
      // Slang (written in lower case) stays informal; auto-replies are not written by lawyers.
      if (/^\p{Ll}|^¿?\d/u.test(line)) {
        add(reason, 'slang', casual);
        continue;
      }
      if (reason === 'unresponsive') {
        add(reason, 'formal', formal);
        continue;
      }
      const roll = r();
      if (roll < 0.35) add(reason, 'casual', casual);
      else if (roll < 0.6) add(reason, 'formal', formal);
      else if (roll < 0.8) {
        const role = r() < 0.5 ? 'accountant' : 'lawyer';
        add(
          reason,
          role,
          para(
            pick(bank.greet.formal),
            pick(bank.onBehalf[role]).replace('{client}', pick(CLIENTS)) + ' ' + line,
            `${pick(bank.close.formal)}\n${sign()}`,
          ),
        );
      } else
        add(
          reason,
          'forwarded',
          para(
            line,
            `${pick(bank.close.casual)}\n${pick(bank.names)}`,
            pick(bank.forwardedReminder),
          ),
        );
      if (roll >= 0.35) add(reason, 'casual', casual);
      else add(reason, 'formal', formal);
    }
  }
  // Mixed replies, labelled by the precedence rules (types.ts).
  const L = bank.lines;
  const mixes: [RefusalReason, RefusalReason, RefusalReason][] = [
    ['already_paid', 'service_complaint', 'already_paid'],
    ['forgot', 'promise_to_pay', 'promise_to_pay'],
    ['quality_dispute', 'deliberate', 'quality_dispute'],
    ['invoice_error', 'deliberate', 'invoice_error'],
    ['cash_flow', 'forgot', 'cash_flow'],
  ];
  for (const [a, b, label] of mixes) {
    for (let k = 0; k < 3; k++) {
      group = `${bank.lang}:mix:${a}:${k}`;
      const first = a === 'cash_flow' ? pick(bank.filler) : pick(L[a] ?? []);
      const second = a === 'cash_flow' ? pick(L.cash_flow ?? []) : pick(L[b] ?? []);
      add(label, 'mixed', para(pick(bank.greet.casual), `${first} ${second}`, pick(bank.names)));
    }
  }
  for (const [n, [reason, body]] of bank.b2b.entries()) {
    group = `${bank.lang}:b2b:${n}`;
    for (let k = 0; k < 6; k++) {
      const role = k === 2 || k === 4 ? (r() < 0.5 ? 'accountant' : 'lawyer') : null;
      const letter = para(
        pick(bank.greet.formal),
        role ? pick(bank.onBehalf[role]).replace('{client}', pick(CLIENTS)) : '',
        body,
        maybe(0.6, pick(bank.filler)),
        `${pick(bank.close.formal)}\n${sign()}`,
      );
      add(
        reason,
        'b2b',
        k === 3 || k === 5
          ? para(pick(bank.forwardNote), letter, pick(bank.forwardedReminder))
          : letter,
      );
    }
  }
  return out;
}

export function buildCorpus(): CorpusReply[] {
  const seen = new Set<string>();
  const all: CorpusReply[] = [];
  BANKS.forEach((bank, i) => {
    for (const reply of build(bank, 1009 * (i + 1))) {
      if (seen.has(reply.text)) continue;
      seen.add(reply.text);
      all.push(reply);
    }
  });
  return all;
}

if (process.argv[1]?.endsWith('build-replies.ts')) {
  const corpus = buildCorpus();
  writeFileSync(
    new URL('../tests/fixtures/replies/corpus.jsonl', import.meta.url),
    corpus.map((c) => JSON.stringify(c)).join('\n') + '\n',
  );
  const per = new Map<string, number>();
  for (const c of corpus) per.set(c.lang, (per.get(c.lang) ?? 0) + 1);
  const reg = new Map<string, number>();
  for (const c of corpus) reg.set(c.register, (reg.get(c.register) ?? 0) + 1);
  console.log(corpus.length, Object.fromEntries(per), Object.fromEntries(reg));
}
