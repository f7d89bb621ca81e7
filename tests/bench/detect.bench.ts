/**
 * Throughput of the detection engine (a plain script, not a test: `npx tsx tests/bench/detect.bench.ts`).
 * Prints e-mails/s on realistic 5–20 KB messages built from the fixture e-mails plus signatures,
 * quoted history and footers, e-mails/s on a 200-message thread, and the time for 1 MB hostile inputs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectInvoice, type DetectInput } from '@/utils/detect';

interface FixtureRecord {
  subject: string;
  body: string;
  body_html?: string;
}

const fixturePath = fileURLToPath(new URL('../fixtures/invoice-emails.jsonl', import.meta.url));
const records = readFileSync(fixturePath, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as FixtureRecord);

// Deterministic pseudo-random numbers, so every run measures the same messages.
let seed = 42;
const random = (): number => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;

const SIGNATURE = [
  '--',
  'Anna Kowalska | Senior Account Manager',
  'Brightline Studio LLC · 57 Academy Drive, Oak Creek, WI 53154 · +1 (414) 555-0199',
  'www.brightline.example | LinkedIn | Twitter',
  'This e-mail and any attachments are confidential and intended solely for the addressee. If you',
  'have received it in error, please notify the sender and delete it. Registered in England No. 0123456.',
].join('\n');

const FOOTER = [
  'You are receiving this e-mail because you are a customer of Brightline Studio.',
  'Manage your notification preferences in your account settings. Privacy policy · Terms of service.',
  '© 2025 Brightline Studio LLC. All rights reserved. VAT ID GB123456789. IBAN GB33BUKB20201555555555.',
].join('\n');

const PROSE =
  'Thanks for the update on the project. We reviewed the latest designs with the team on Tuesday and ' +
  'everyone liked the direction, though the legal department asked for two small wording changes on ' +
  'the onboarding screens. Could you also send over the revised timeline for the second phase? ';

function quotedHistory(kb: number): string {
  const lines: string[] = ['On Mon, 3 Mar 2025 at 10:14, Dana Whitfield <dana@example.com> wrote:'];
  while (lines.join('\n').length < kb * 1024)
    lines.push('> ' + PROSE.slice(0, 60 + Math.floor(random() * 100)));
  return lines.join('\n');
}

/** A realistic 5–20 KB message: fixture content, prose, signature, footer and quoted history. */
function realisticMessage(): DetectInput {
  const r = pick(records);
  const target = 5 + Math.floor(random() * 16);
  const intro = PROSE.repeat(1 + Math.floor(random() * 3));
  let text = `${intro}\n\n${r.body}\n\n${SIGNATURE}\n\n${FOOTER}\n\n`;
  text += quotedHistory(Math.max(1, target - Math.ceil(text.length / 1024)));
  return { subject: r.subject, text };
}

/**
 * Runs `inputs` repeatedly for at least `minMs` and prints e-mails per wall-clock second and per
 * CPU second of this process (the latter is steadier when other processes share the machine).
 */
function measure(label: string, inputs: DetectInput[], minMs = 1500): void {
  for (const input of inputs.slice(0, 50)) detectInvoice(input); // warm-up
  let count = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const input of inputs) detectInvoice(input);
    count += inputs.length;
  }
  const wall = (performance.now() - start) / 1000;
  const cpuUsed = process.cpuUsage(cpu0);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1e6;
  const bytes =
    inputs.reduce((n, i) => n + i.text.length + (i.html?.length ?? 0), 0) / inputs.length;
  console.log(
    `${label}: ${Math.round(count / wall)} e-mails/s wall, ${Math.round(count / cpu)} per CPU-second ` +
      `(avg ${(bytes / 1024).toFixed(1)} KB, ${count} runs)`,
  );
}

const realistic = Array.from({ length: 300 }, realisticMessage);
measure('realistic 5–20 KB messages', realistic);
const htmlInputs = records.map((r) => ({
  subject: r.subject,
  text: '',
  html: r.body_html ?? r.body,
}));
measure('fixture e-mails given as HTML only', htmlInputs);

// A thread: 200 short messages (replies, reminders, the invoice itself) read one after the other.
const thread: DetectInput[] = Array.from({ length: 200 }, (_, i) => {
  const r = pick(records);
  return i % 3 === 0
    ? { subject: 'Re: ' + r.subject, text: `${PROSE}\n\n${SIGNATURE}\n\n${quotedHistory(2)}` }
    : { subject: r.subject, text: `${r.body}\n\n${SIGNATURE}` };
});
measure('200-message thread', thread);

// Hostile 1 MB inputs: separator runs, digit runs, tag soup, nested tags, unclosed scripts.
const MB = 1024 * 1024;
const hostile: Array<[string, DetectInput]> = [
  ['"1,1,1,…"', { subject: 'Invoice', text: '1,'.repeat(MB / 2) }],
  ['digit run', { subject: 'Invoice 1', text: '9'.repeat(MB) }],
  ['"1 1 1 …" with €', { subject: 'Rechnung', text: '1 '.repeat(MB / 2) + '€' }],
  ['"<<<<" as HTML', { subject: 'Invoice', text: '', html: '<'.repeat(MB) }],
  ['nested tags', { subject: 'Invoice', text: '', html: '<div>'.repeat(MB / 5) + '$1' }],
  ['unclosed <script', { subject: 'Invoice', text: '', html: '<script>'.repeat(MB / 8) }],
  ['dates and words', { subject: 'Invoice', text: 'due 12.12.2024 total $1.00 '.repeat(MB / 27) }],
  ['one long word', { subject: 'Invoice', text: 'invoice'.repeat(MB / 7) }],
];
for (const [label, input] of hostile) {
  const start = performance.now();
  detectInvoice(input);
  console.log(`1 MB hostile input (${label}): ${(performance.now() - start).toFixed(1)} ms`);
}
