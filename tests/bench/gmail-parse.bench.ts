/**
 * How long parseThread takes on a 100-message thread. Plain script:
 *   npx tsx tests/bench/gmail-parse.bench.ts
 * The thread is the constructed English fixture with its message list grown to 100 messages
 * (clones of its expanded and collapsed messages, each with its own ids), in happy-dom.
 * happy-dom's DOM is slower than a browser's, so real Gmail pages parse faster than this.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { parseThread } from '@/utils/webmail/gmail/thread';

const MESSAGES = 100;
const RUNS = 30;

const fixture = fileURLToPath(
  new URL('../fixtures/gmail/thread_en_2026-11__constructed.html', import.meta.url),
);
const window = new Window({ settings: { disableJavaScriptEvaluation: true } });
const doc = new window.DOMParser().parseFromString(readFileSync(fixture, 'utf8'), 'text/html');
const list = doc.querySelector('[role=list]');
const templates = Array.from(doc.querySelectorAll('[role=list] > [role=listitem]'));
if (!list || templates.length === 0) throw new Error('fixture has no message list');

templates.forEach((t) => t.remove());
for (let i = 0; i < MESSAGES; i++) {
  const template = templates[i % templates.length];
  if (!template) continue;
  const item = template.cloneNode(true);
  const message = item.querySelector('[data-message-id]');
  message?.setAttribute('data-message-id', `#msg-f:18164311900000${String(i).padStart(5, '0')}`);
  message?.setAttribute('data-legacy-message-id', `1935c8a1b2c3${i.toString(16).padStart(4, '0')}`);
  list.appendChild(item);
}

const root = doc as unknown as Document;
const dates = Array.from(doc.querySelectorAll('[title]')).filter((el) => el.closest('[role=list]'));
/** Gives every message a date title not seen before, so no run is served by the date cache. */
function freshDates(run: number): void {
  dates.forEach((el, i) => {
    const minutes = run * MESSAGES + i;
    el.setAttribute(
      'title',
      `Mon, Nov ${1 + (minutes % 28)}, 2026, ${1 + (minutes % 11)}:${String(minutes % 60).padStart(2, '0')} PM`,
    );
  });
}

function time(prepare: (run: number) => void): { median: number; best: number } {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    prepare(run);
    const start = performance.now();
    const thread = parseThread(root);
    times.push(performance.now() - start);
    if (thread?.messages.length !== MESSAGES) throw new Error(`parsed ${thread?.messages.length}`);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)] ?? NaN, best: times[0] ?? NaN };
}

freshDates(-1);
const coldStart = performance.now();
parseThread(root);
const cold = performance.now() - coldStart;
const fresh = time(freshDates);
const again = time(() => undefined);
const ms = (n: number) => `${n.toFixed(2)} ms`;
console.log(`parseThread on a ${MESSAGES}-message thread in happy-dom, ${RUNS} runs each:`);
console.log(`  first parse (cold JIT):          ${ms(cold)}`);
console.log(
  `  new thread (new date titles):    median ${ms(fresh.median)}, best ${ms(fresh.best)} per parse`,
);
console.log(
  `  same thread parsed again:        median ${ms(again.median)}, best ${ms(again.best)} per parse`,
);
await window.happyDOM.close();
