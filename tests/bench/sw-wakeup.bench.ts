/**
 * Service-worker wake-up at scale, in real Chromium: with 10,000 clients in the database, the
 * extension's service worker is stopped (DevTools protocol, ServiceWorker.stopAllWorkers) and a
 * single request wakes it. Printed per request type: the time from sending to the answer, and,
 * from a trace of the same wake-up, the compile and evaluation time of background.js.
 *
 *   npx tsx tests/bench/sw-wakeup.bench.ts [--clients 10000] [--runs 7]
 *
 * Builds the extension first when .output/chrome-mv3 is missing. Figures only: no assertions.
 */
import { existsSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, launch, openPopup, serveDocument, type Harness } from '../e2e/harness';
import { waitForSchema } from './extension-db';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('clients', 10_000);
const RUNS = arg('runs', 7);
const INVOICES_PER_CLIENT = 10;
const EVENTS_PER_CLIENT = 10;
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';

/**
 * Runs in the service worker: builds every record in memory, then writes each table in one
 * transaction (what Dexie's bulkAdd does), through plain IndexedDB.
 */
async function seed(args: {
  clients: number;
  invoicesPer: number;
  eventsPer: number;
  today: string;
}): Promise<Record<string, number>> {
  const DAY = 86_400_000;
  const base = Date.parse(`${args.today}T12:00:00Z`);
  const day = (o: number) => new Date(base + o * DAY).toISOString().slice(0, 10);
  const moment = (o: number) => new Date(base + o * DAY).toISOString();
  const langs = ['en', 'pl', 'ru', 'uk', 'he', 'de', 'fr', 'es'];
  const currencies = ['EUR', 'USD', 'PLN', 'GBP', 'ILS'];
  const manual = { kind: 'manual', url: null, messageId: null };
  const rows: Record<string, unknown[]> = { clients: [], invoices: [], events: [], summaries: [] };
  for (let i = 0; i < args.clients; i++) {
    const id = `bench-c${i}`;
    const currency = currencies[i % currencies.length]!;
    rows.clients!.push({
      id,
      name: `Client ${i} Studio`,
      emails: [`billing@client${i}.example`],
      domain: `client${i}.example`,
      language: langs[i % langs.length],
      defaultCurrency: currency,
      notes: '',
      ignored: false,
      createdAt: moment(-720),
    });
    const open: unknown[] = [];
    const balances: Record<string, number> = {};
    for (let k = 0; k < args.invoicesPer; k++) {
      // Spread over two months, so the clients' urgency dates differ (as real ones do).
      const issue = -(args.invoicesPer - k) * 30 - (i % 61);
      const amountMinor = (100 + ((i * 31 + k * 17) % 9900)) * 100;
      const isOpen = k >= args.invoicesPer - 2;
      const invoiceId = `${id}-i${k}`;
      rows.invoices!.push({
        id: invoiceId,
        clientId: id,
        number: `INV-${i}-${k}`,
        amountMinor,
        paidMinor: isOpen ? 0 : amountMinor,
        currency,
        issueDate: day(issue),
        dueDate: day(issue + 14),
        status: isOpen ? 'open' : 'paid',
        source: manual,
        createdAt: moment(issue),
      });
      if (isOpen) {
        open.push({
          invoiceId,
          number: `INV-${i}-${k}`,
          currency,
          remainingMinor: amountMinor,
          dueDate: day(issue + 14),
          disputed: false,
        });
        balances[currency] = (balances[currency] ?? 0) + amountMinor;
      }
    }
    for (let e = 0; e < args.eventsPer; e++) {
      const k = e % args.invoicesPer;
      const at = moment(-(args.invoicesPer - k) * 30 - (i % 61));
      rows.events!.push({
        id: `${id}-e${e}`,
        clientId: id,
        invoiceId: `${id}-i${k}`,
        type: 'invoice_seen',
        at,
        data: { type: 'invoice_seen', invoiceId: `${id}-i${k}`, amountMinor: 10000, currency },
        source: manual,
        idempotencyKey: `bench:${id}:${e}`,
        recordedAt: at,
      });
    }
    rows.summaries!.push({
      clientId: id,
      balances,
      credits: {},
      open,
      oldestDueDate: (open[0] as { dueDate: string } | undefined)?.dueDate ?? null,
      lastContactAt: null,
      lastReason: null,
      remindersSent: 0,
      eventCount: args.eventsPer,
      updatedAt: moment(0),
    });
  }
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('firmly');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const counts: Record<string, number> = {};
  for (const [table, list] of Object.entries(rows)) {
    const tx = db.transaction(table, 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore(table);
    for (const row of list) store.add(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    counts[table] = list.length;
  }
  // Written around the extension's code: drop the totals cache so it is rebuilt from summaries.
  const tx = db.transaction('totals', 'readwrite');
  // Cleared whole: the cache's key is versioned ('#built:2'), so deleting '#built' did nothing.
  tx.objectStore('totals').clear();
  await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
  db.close();
  return counts;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string }; fileName?: string; url?: string };
}

/** Records a trace around `fn`; returns fn's result and the trace's events. */
async function traced<T>(cdp: CDPSession, fn: () => Promise<T>): Promise<[T, TraceEvent[]]> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'v8',
        'v8.execute',
        'devtools.timeline',
        'disabled-by-default-v8.compile',
      ],
    },
  });
  const result = await fn();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return [result, events];
}

const scriptUrl = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? e.args?.url ?? '';

/** Compile and evaluation time of background.js in a trace, in ms. */
function bundleCost(events: TraceEvent[]): { compile: number; evaluate: number } {
  const ours = events.filter((e) => e.ph === 'X' && scriptUrl(e).endsWith('/background.js'));
  const sum = (pred: (e: TraceEvent) => boolean) =>
    ours.filter(pred).reduce((t, e) => t + (e.dur ?? 0), 0) / 1000;
  return {
    compile: sum((e) => /compile/i.test(e.name) && !/lazy/i.test(e.name)),
    evaluate: sum((e) => e.name === 'EvaluateScript' || e.name === 'v8.run'),
  };
}

async function stopWorkers(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  // stopAllWorkers answers before the worker is gone: give it a moment to wind down.
  await new Promise((r) => setTimeout(r, 300));
}

/** Sends one request from the popup page; ms from send to answer. */
function timeFromPage(page: Page, type: string, data: unknown): Promise<number> {
  return page.evaluate(
    async ([t, d]) => {
      const started = performance.now();
      const reply = await new Promise<{ err?: { message: string } }>((resolve) =>
        chrome.runtime.sendMessage({ id: 9, type: t, data: d, timestamp: Date.now() }, resolve),
      );
      if (!reply || reply.err) throw new Error(`${t}: ${reply?.err?.message ?? 'no answer'}`);
      return performance.now() - started;
    },
    [type, data] as const,
  );
}

/** The Gmail tab's content-script world (the isolated world that has chrome.runtime). */
async function contentWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; auxData?: { type?: string }; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  for (let i = 0; i < 100; i++) {
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'),
    );
    if (world) return { cdp, contextId: world.id };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the Gmail content script did not start');
}

async function timeFromContentScript(
  world: { cdp: CDPSession; contextId: number },
  type: string,
  data: unknown,
): Promise<number> {
  const expression = `(async () => {
    const started = performance.now();
    const reply = await chrome.runtime.sendMessage(${JSON.stringify({ id: 9, type, data, timestamp: 0 })});
    if (!reply || reply.err) throw new Error(${JSON.stringify(type)} + ': ' + (reply?.err?.message ?? 'no answer'));
    return performance.now() - started;
  })()`;
  const { result, exceptionDetails } = await world.cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.contextId,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'failed');
  return result.value as number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function thread(run: number) {
  const i = (run * 997) % CLIENTS;
  return {
    thread: {
      threadId: `wake-${run}`,
      subject: `Invoice INV-W${run} from Anna Nowak`,
      messages: [
        {
          messageId: `wake-msg-${run}`,
          from: { email: 'anna@nowak-studio.example', name: 'Anna Nowak' },
          to: [{ email: `billing@client${i}.example`, name: null }],
          cc: [],
          date: new Date().toISOString(),
          text: `Hello,\nplease find invoice INV-W${run} for EUR 1,250.00, due within 14 days.\nBest, Anna`,
        },
      ],
    },
    ownEmails: ['anna@nowak-studio.example'],
    pageUrl: GMAIL_URL,
  };
}

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('Building the extension…');
    const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  const bundle = join(EXTENSION_DIR, 'background.js');
  const raw = readFileSync(bundle);
  const h: Harness = await launch();
  try {
    await h.worker.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
    await waitForSchema(h.worker);
    const today = new Date().toISOString().slice(0, 10);
    const t0 = Date.now();
    const counts = await h.worker.evaluate(seed, {
      clients: CLIENTS,
      invoicesPer: INVOICES_PER_CLIENT,
      eventsPer: EVENTS_PER_CLIENT,
      today,
    });
    console.log(`Seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s:`, counts);

    const popup = await openPopup(h);
    await popup.waitForFunction(() => performance.getEntriesByName('firmly:list-painted').length, {
      timeout: 120_000,
    });
    const cdp = await h.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    // Warm: the totals cache is rebuilt once after seeding; not part of a wake-up.
    await timeFromPage(popup, 'ui-bg:clientPage', { today, limit: 40 });

    await serveDocument(
      h.context,
      'https://mail.google.com/**',
      '<!doctype html><title>Inbox</title>',
    );
    const gmail = await h.context.newPage();
    await gmail.goto(GMAIL_URL);
    const world = await contentWorld(gmail);
    await timeFromContentScript(world, 'cs-bg:readThread', thread(-1));

    const warmPage: number[] = [];
    for (let i = 0; i < 3; i++)
      warmPage.push(await timeFromPage(popup, 'ui-bg:clientPage', { today, limit: 40 }));

    const wake = { clientPage: [] as number[], readThread: [] as number[] };
    const cost = { compile: [] as number[], evaluate: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      await stopWorkers(cdp);
      const [ms, events] = await traced(cdp, () =>
        timeFromPage(popup, 'ui-bg:clientPage', { today, limit: 40 }),
      );
      wake.clientPage.push(ms);
      const c = bundleCost(events);
      cost.compile.push(c.compile);
      cost.evaluate.push(c.evaluate);
      await stopWorkers(cdp);
      wake.readThread.push(await timeFromContentScript(world, 'cs-bg:readThread', thread(run)));
    }

    const size = statSync(bundle).size;
    console.log(
      `\nService-worker wake-up (machine: ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)})`,
    );
    console.log(
      `  clients ${counts.clients}, invoices ${counts.invoices}, events ${counts.events}`,
    );
    console.log(`  background.js: ${kb(size)} raw, ${kb(gzipSync(raw).length)} gzip`);
    console.log(
      `  cold start → ui-bg:clientPage answered: median ${median(wake.clientPage).toFixed(1)} ms  [${list(wake.clientPage)}]`,
    );
    console.log(
      `  cold start → cs-bg:readThread answered: median ${median(wake.readThread).toFixed(1)} ms  [${list(wake.readThread)}]`,
    );
    console.log(
      `  background.js compile (trace): median ${median(cost.compile).toFixed(1)} ms  [${list(cost.compile)}]`,
    );
    console.log(
      `  background.js evaluation (trace): median ${median(cost.evaluate).toFixed(1)} ms  [${list(cost.evaluate)}]`,
    );
    console.log(`  for comparison, warm ui-bg:clientPage: [${list(warmPage)}] ms`);
  } finally {
    await h.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
