/**
 * Throughput of the reply classifier with its learned layer (a plain script, not a test:
 * `npx tsx tests/bench/classify.bench.ts`). Prints replies/s over the labelled corpus (terse to
 * long B2B letters), over the long B2B letters alone, and the time of the first call (loading
 * the weight table). Target (issue 15): ≥ 2,000 replies/s.
 */
import { readFileSync } from 'node:fs';
import { classifyReply } from '@/utils/advisor/classify';

const NOW = new Date(2026, 10, 23, 12);
const replies = readFileSync(new URL('../fixtures/replies/corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as { register: string; text: string });

const t0 = performance.now();
classifyReply('Paid yesterday.', NOW);
console.log(`first call (loads the weight table): ${(performance.now() - t0).toFixed(1)} ms`);

function run(label: string, texts: string[], rounds: number): void {
  for (const t of texts.slice(0, 50)) classifyReply(t, NOW); // warm-up
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const t of texts) classifyReply(t, NOW);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const chars = texts.reduce((n, t) => n + t.length, 0) / texts.length;
  const n = texts.length * rounds;
  // Per CPU-second too: on a machine shared with other jobs, wall time mostly measures waiting.
  console.log(
    `${label}: ${Math.round(n / seconds)} replies/s wall-clock, ${Math.round(n / cpuSeconds)} replies per CPU-second (${texts.length} replies × ${rounds}, ${Math.round(chars)} chars on average)`,
  );
}

run(
  'all registers',
  replies.map((r) => r.text),
  2,
);
run(
  'long B2B',
  replies.filter((r) => r.register === 'b2b').map((r) => r.text),
  2,
);
