/**
 * The 50 ms rule (issue 11, finding 7): every parser handles any input up to its cap in ≤ 50 ms.
 * Runs each parser of tests/robustness/parsers.ts on every adversarial input at its cap and
 * prints the slowest input per parser against the rule. A plain script, not a test:
 * `npx tsx tests/bench/parsers-bounded.bench.ts`.
 */
import { cpus, loadavg } from 'node:os';
import { Window } from 'happy-dom';
import { adversarialInputs } from '../robustness/adversarial';
import { PARSERS } from '../robustness/parsers';

const RULE_MS = 50;
const RUNS = 3;
const window = new Window();
const makeDocument = () =>
  window.document.implementation.createHTMLDocument() as unknown as Document;

const rows: { parser: string; input: string; ms: number }[] = [];
for (const parser of PARSERS) {
  let worst = { input: '', ms: 0 };
  for (const input of adversarialInputs(parser.cap)) {
    // Best of three: on a busy machine one run can be descheduled for longer than it computes.
    // Each run gets its own copy (the last character varied) so no parser's memo answers it.
    let ms = Infinity;
    for (let run = 0; run < RUNS; run++) {
      const text = run ? input.text.slice(0, -1) + String(run) : input.text;
      const start = performance.now();
      parser.run(text, makeDocument);
      ms = Math.min(ms, performance.now() - start);
    }
    if (ms > worst.ms) worst = { input: input.name, ms };
  }
  rows.push({ parser: parser.name, ...worst });
}
rows.sort((a, b) => b.ms - a.ms);
for (const r of rows)
  console.log(
    `${r.ms <= RULE_MS ? 'ok  ' : 'SLOW'} ${r.parser.padEnd(38)} ${r.ms.toFixed(1).padStart(8)} ms  (${r.input})`,
  );
const over = rows.filter((r) => r.ms > RULE_MS);
console.log(
  `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores (best of ${RUNS} runs)`,
);
console.log(
  `slowest: ${rows[0]?.parser} ${rows[0]?.ms.toFixed(1)} ms; ${over.length} of ${rows.length} parsers over ${RULE_MS} ms`,
);
