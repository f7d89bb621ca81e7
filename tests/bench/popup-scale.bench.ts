/**
 * Popup speed at scale, in real Chromium (issue 17). At 100, 1,000 and 10,000 clients (10
 * invoices and 50 events each: 500,000 events at the top) written straight into the extension's
 * IndexedDB from its service worker, the popup and the limit page (tests/bench/limit/, a bare
 * page reading the same rows through the same index, added to a copy of the build only) are
 * opened in turn and timed from navigation start to their first useful paint; the ratio is
 * printed. Also: search of each kind, the client view, and the popup's and background's JS heap.
 * Prints figures, asserts nothing about time.
 *
 *   npx tsx tests/bench/popup-scale.bench.ts [--sizes 100,1000,10000] [--runs 7]
 *
 * `npm test` runs `--sizes 100,1000 --runs 3` (.ci/test.sh). Builds the extension first when
 * .output/chrome-mv3 is missing.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg, tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launch, openPopup, type Harness } from '../e2e/harness';
import { waitForSchema } from './extension-db';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const sizesArg = process.argv.indexOf('--sizes');
/** Client counts measured in turn; each step seeds only the clients it adds. */
const SIZES =
  sizesArg > 0
    ? process.argv[sizesArg + 1]!.split(',').map(Number)
    : [100, 1_000, arg('clients', 10_000)];
const INVOICES_PER_CLIENT = 10;
const EVENTS_PER_CLIENT = 50;
/** Clients generated per call into the worker (each table: one transaction per chunk). */
const CHUNK = 1_000;
const RUNS = arg('runs', 7);
const LIST_PAINTED = 'firmly:list-painted';
const LIST_FRESH = 'firmly:list-fresh';
const LIMIT_PAGE = 'limit.html';
const BENCH_DIR = dirname(fileURLToPath(import.meta.url));

interface SeedArgs {
  from: number;
  count: number;
  today: string;
  invoicesPer: number;
  eventsPer: number;
}

/**
 * Runs in the service worker: writes `count` clients with their invoices, events and summaries
 * in one transaction, consistent with each other (paid amounts, open items, balances), through
 * plain IndexedDB. Deterministic per client index.
 */
async function seedBatch({
  from,
  count,
  today,
  invoicesPer,
  eventsPer,
}: SeedArgs): Promise<number> {
  const DAY = 86_400_000;
  const base = Date.parse(`${today}T12:00:00Z`);
  const dayIso = (offset: number) => new Date(base + offset * DAY).toISOString().slice(0, 10);
  const momentIso = (offset: number) => new Date(base + offset * DAY).toISOString();
  const langs = ['en', 'pl', 'ru', 'uk', 'he', 'de', 'fr', 'es'];
  const currencies = ['EUR', 'USD', 'PLN', 'GBP', 'ILS'];
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ren',
    'sto',
    'var',
    'nel',
    'dor',
    'tis',
    'bu',
    'zen',
    'qua',
  ];
  const manual = { kind: 'manual', url: null, messageId: null };

  // Records are built first, then each table is written in one transaction of puts issued
  // back to back (the old seed awaited one mixed transaction per 250 clients: 80–208 s).
  const rows: Record<'clients' | 'invoices' | 'events' | 'summaries', unknown[]> = {
    clients: [],
    invoices: [],
    events: [],
    summaries: [],
  };
  const clients = { put: (v: unknown) => rows.clients.push(v) };
  const invoices = { put: (v: unknown) => rows.invoices.push(v) };
  const events = { put: (v: unknown) => rows.events.push(v) };
  const summaries = { put: (v: unknown) => rows.summaries.push(v) };
  let written = 0;

  for (let i = from; i < from + count; i += 1) {
    let seed = (i + 1) * 2654435761;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
    const id = `bench-c${i}`;
    const currency = pick(currencies);
    const name = `${pick(syllables)}${pick(syllables)}${pick(syllables)} ${pick(['Studio', 'Ltd', 'GmbH', 'sp. z o.o.', 'Inc.', 'Group'])} ${i}`;
    const email = `billing@client${i}.example`;
    const createdAt = momentIso(-720);
    // The extension's search tokens (utils/ledger/search-tokens.ts): these names are plain ASCII,
    // so lower-casing and splitting is the whole fold.
    const words = name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    const searchTokens = [...new Set(words.map((_, w) => words.slice(w).join(' ')))];
    clients.put({
      searchTokens,
      id,
      name,
      emails: [email],
      domain: `client${i}.example`,
      language: pick(langs),
      defaultCurrency: currency,
      notes: '',
      ignored: false,
      createdAt,
    });
    written += 1;

    const open: {
      invoiceId: string;
      number: string;
      currency: string;
      remainingMinor: number;
      dueDate: string;
      disputed: boolean;
    }[] = [];
    let eventCount = 0;
    let remindersSent = 0;
    let lastContactAt: string | null = null;
    const addEvent = (invoiceId: string | null, offset: number, data: Record<string, unknown>) => {
      const at = momentIso(offset);
      events.put({
        id: `${id}-e${eventCount}`,
        clientId: id,
        invoiceId,
        type: data.type,
        at,
        data,
        source: manual,
        idempotencyKey: `bench:${id}:${eventCount}`,
        recordedAt: at,
      });
      eventCount += 1;
      written += 1;
      if (
        ['reminder_sent', 'reply_received', 'promise_to_pay', 'payment_received'].includes(
          String(data.type),
        )
      ) {
        if (!lastContactAt || at > lastContactAt) lastContactAt = at;
      }
      if (data.type === 'reminder_sent') remindersSent += 1;
    };

    // Invoices a month apart; most old ones are paid, the latest few are open or partly paid.
    const openFrom = invoicesPer - 1 - Math.floor(rand() * 3);
    for (let k = 0; k < invoicesPer; k += 1) {
      const issue = -(invoicesPer - k) * 30 - Math.floor(rand() * 10);
      const due = issue + pick([14, 30]);
      const amountMinor = (100 + Math.floor(rand() * 9900)) * 100;
      const invoiceId = `${id}-i${k}`;
      const isOpen = k >= openFrom;
      const paidMinor = isOpen ? (rand() < 0.3 ? Math.floor(amountMinor / 2) : 0) : amountMinor;
      const status = paidMinor >= amountMinor ? 'paid' : paidMinor > 0 ? 'partly_paid' : 'open';
      const number = `INV-${i}-${k}`;
      invoices.put({
        id: invoiceId,
        clientId: id,
        number,
        amountMinor,
        paidMinor,
        currency,
        issueDate: dayIso(issue),
        dueDate: dayIso(due),
        status,
        source: manual,
        createdAt: momentIso(issue),
      });
      written += 1;
      addEvent(invoiceId, issue, { type: 'invoice_seen', invoiceId, amountMinor, currency });
      if (paidMinor > 0) {
        addEvent(invoiceId, Math.min(-1, due + Math.floor(rand() * 40) - 10), {
          type: 'payment_received',
          invoiceId,
          amountMinor: paidMinor,
          currency,
          reference: null,
        });
      }
      if (status !== 'paid')
        open.push({
          invoiceId,
          number,
          currency,
          remainingMinor: amountMinor - paidMinor,
          dueDate: dayIso(due),
          disputed: false,
        });
    }
    // The rest of the log: reminders, replies, notes, spread over the last two years.
    while (eventCount < eventsPer) {
      const offset = -Math.floor(rand() * 700);
      const kind = rand();
      if (kind < 0.5)
        addEvent(null, offset, {
          type: 'reminder_sent',
          templateId: 'reminder_gentle',
          stage: 'overdue_gentle',
          channel: 'email',
        });
      else if (kind < 0.8)
        addEvent(null, offset, {
          type: 'reply_received',
          excerpt: 'We will look into it and come back to you next week.',
        });
      else addEvent(null, offset, { type: 'note', text: 'Called the office; left a message.' });
    }
    open.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    const balances: Record<string, number> = {};
    for (const o of open) balances[o.currency] = (balances[o.currency] ?? 0) + o.remainingMinor;
    summaries.put({
      clientId: id,
      balances,
      credits: {},
      open,
      oldestDueDate: open[0]?.dueDate ?? null,
      lastContactAt,
      lastReason: null,
      remindersSent,
      eventCount,
      updatedAt: momentIso(0),
    });
    written += 1;
  }
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('firmly');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const writeAll = (store: string, values: unknown[], also?: (tx: IDBTransaction) => void) =>
    new Promise<void>((resolve, reject) => {
      const scope = also ? [store, 'totals'] : [store];
      const tx = db.transaction(scope, 'readwrite', { durability: 'relaxed' });
      const os = tx.objectStore(store);
      for (const v of values) os.put(v);
      also?.(tx);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  // Written around the extension's code: drop the totals cache so it is rebuilt from summaries.
  await Promise.all([
    writeAll('clients', rows.clients),
    writeAll('invoices', rows.invoices),
    writeAll('events', rows.events),
    writeAll('summaries', rows.summaries, (tx) => tx.objectStore('totals').clear()),
  ]);
  db.close();
  return written;
}

/** Record counts of the main stores. */
function countStores(worker: Worker): Promise<Record<string, number>> {
  return worker.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const req = indexedDB.open('firmly');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const names = ['clients', 'invoices', 'events', 'summaries'];
          const tx = db.transaction(names);
          const out: Record<string, number> = {};
          for (const name of names) {
            const c = tx.objectStore(name).count();
            c.onsuccess = () => (out[name] = c.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** Round trip of one protocol request from an extension page, in ms. */
function timeRequest(page: Page, type: string, data: unknown): Promise<number> {
  return page.evaluate(
    async ([t, d]) => {
      const started = performance.now();
      await new Promise((resolve) =>
        chrome.runtime.sendMessage({ id: 9, type: t, data: d, timestamp: Date.now() }, resolve),
      );
      return performance.now() - started;
    },
    [type, data] as const,
  );
}

async function markTime(page: Page, name: string, timeout = 30_000): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

/** JS heap in use of a page, through CDP (`Runtime.getHeapUsage`), in MiB. */
async function pageHeap(h: Harness, page: Page): Promise<number> {
  const cdp = await h.context.newCDPSession(page);
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** The service worker's JS heap in MiB: CDP through the browser target, attached to the worker. */
async function workerHeap(h: Harness, page: Page): Promise<number | null> {
  const cdp = await h.context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const sw = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.includes(h.extensionId),
    );
    if (!sw) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: sw.targetId,
      flatten: false,
    })) as { sessionId: string };
    const answer = new Promise<number>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
        const msg = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
        if (e.sessionId === sessionId && msg.id === 1) resolve(msg.result?.usedSize ?? NaN);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
    });
    const used = await Promise.race([
      answer,
      new Promise<number>((r) => setTimeout(() => r(NaN), 5000)),
    ]);
    return Number.isFinite(used) ? used / 1024 / 1024 : null;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Seeds clients `from … to` in chunks; returns the records written. */
async function seed(h: Harness, from: number, to: number, today: string): Promise<number> {
  let records = 0;
  for (let at = from; at < to; at += CHUNK) {
    records += await h.worker.evaluate(seedBatch, {
      from: at,
      count: Math.min(CHUNK, to - at),
      today,
      invoicesPer: INVOICES_PER_CLIENT,
      eventsPer: EVENTS_PER_CLIENT,
    });
    process.stdout.write(`\rSeeding… ${Math.min(at + CHUNK, to)}/${to} clients`);
  }
  return records;
}

/** One open of `path`, timed from navigation start to `mark`; the page stays open. */
async function openTimed(h: Harness, path: string, mark: string): Promise<[Page, number]> {
  const page = await openPopup(h, path);
  await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
  return [page, await markTime(page, mark)];
}

const ratioLine = (popup: number, limit: number) =>
  `${fmt(popup)} / ${fmt(limit)} = ${(popup / limit).toFixed(2)}× the limit`;

async function measure(h: Harness, clients: number, today: string): Promise<void> {
  // First open after seeding also rebuilds the totals cache: timed apart, as is the first open
  // without a snapshot (cold).
  const [cold, coldPaint] = await openTimed(h, 'popup.html', LIST_PAINTED);
  await markTime(cold, LIST_FRESH, 120_000);
  const coldFresh = await markTime(cold, LIST_FRESH);
  await cold.close();

  const popupTimes: number[] = [];
  const freshTimes: number[] = [];
  const ownTimes: number[] = [];
  const limitTimes: number[] = [];
  const clientTimes: number[] = [];
  const suggestionTimes: number[] = [];
  const pageRequest: number[] = [];
  const search: Record<string, number[]> = {
    'name prefix': [],
    "any word's prefix": [],
    'e-mail prefix': [],
    'invoice number': [],
    'substring, no prefix matches (scan)': [],
  };
  let popupHeapMiB = NaN;
  let bgHeapMiB: number | null = null;
  for (let run = 0; run < RUNS; run += 1) {
    // The limit and the popup alternate, so both see the same machine.
    const [limit, limitPaint] = await openTimed(h, LIMIT_PAGE, 'limit:painted');
    limitTimes.push(limitPaint);
    await limit.close();

    const [page, painted] = await openTimed(h, 'popup.html', LIST_PAINTED);
    popupTimes.push(painted);
    freshTimes.push(await markTime(page, LIST_FRESH));
    ownTimes.push(painted - (await markTime(page, 'firmly:popup-start')));
    if (run === 0) {
      popupHeapMiB = await pageHeap(h, page);
      bgHeapMiB = await workerHeap(h, page);
    }
    pageRequest.push(await timeRequest(page, 'ui-bg:clientPage', { today, offset: 0, limit: 40 }));
    const n = (run * 997 + 13) % clients;
    const queries: Record<string, string> = {
      // Each a real prefix of some names ('stoza' was not: no syllable 'za', so it measured the scan).
      'name prefix': ['kalo', 'ren', 'stoka', 'Mi'][run % 4]!,
      "any word's prefix": `Studio ${n}`.slice(0, 9),
      'e-mail prefix': `billing@client${n}`,
      'invoice number': `INV-${n}-`,
      // Inside a word only: no index matches, so the fallback reads clients until 40 match.
      'substring, no prefix matches (scan)': ['enmi', 'alo', 'tova'][run % 3]!,
    };
    for (const [kind, query] of Object.entries(queries))
      search[kind]!.push(await timeRequest(page, 'ui-bg:search', { query, today, limit: 40 }));
    const rows = await page.locator('.client-row').count();
    if (rows === 0) throw new Error('no rows painted');
    await page
      .locator('button.client-open')
      .nth(run % rows)
      .click();
    const opened = await markTime(page, 'firmly:client-open');
    clientTimes.push((await markTime(page, 'firmly:client-painted')) - opened);
    suggestionTimes.push((await markTime(page, 'firmly:suggestion-ready')) - opened);
    await page.close();
  }

  const all = (xs: number[]) =>
    `median ${fmt(median(xs))}  [${xs.map((x) => x.toFixed(0)).join(', ')}]`;
  console.log(
    `\n== ${clients.toLocaleString('en')} clients (machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? '?'}, load average ${loadavg()[0]?.toFixed(1)})`,
  );
  console.log(`  limit page (bare IndexedDB read + plain DOM): ${all(limitTimes)}`);
  console.log(`  popup first useful paint:                     ${all(popupTimes)}`);
  console.log(
    `  RATIO popup / limit (medians): ${ratioLine(median(popupTimes), median(limitTimes))}`,
  );
  console.log(`    of which the popup's own code (script start → painted): ${all(ownTimes)}`);
  console.log(`    list revalidated from the background (fresh rows): ${all(freshTimes)}`);
  console.log(
    `  first open after seeding (no snapshot, totals cache rebuilt): painted ${fmt(coldPaint)}, fresh ${fmt(coldFresh)}`,
  );
  console.log(`  click → client view painted: ${all(clientTimes)}`);
  console.log(`  click → suggestion ready:    ${all(suggestionTimes)}`);
  for (const [kind, xs] of Object.entries(search))
    console.log(`  search (ui-bg:search round trip), ${kind.padEnd(18)} ${all(xs)}`);
  console.log(`  ui-bg:clientPage round trip (first 40 + totals): ${all(pageRequest)}`);
  console.log(
    `  JS heap: popup ${popupHeapMiB.toFixed(1)} MiB, background ${bgHeapMiB === null ? 'n/a' : `${bgHeapMiB.toFixed(1)} MiB`}`,
  );
}

/** The options page's first paint: `firmly:options-painted` (settings on screen) and the FCP. */
async function measureOptions(h: Harness): Promise<void> {
  const painted: number[] = [];
  const fcp: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const page = await openPopup(h, 'options.html');
    painted.push(await markTime(page, 'firmly:options-painted'));
    fcp.push(await markTime(page, 'first-contentful-paint'));
    await page.close();
  }
  const all = (xs: number[]) =>
    `median ${fmt(median(xs))}  [${xs.map((x) => x.toFixed(0)).join(', ')}]`;
  console.log(`\n== options page (load average ${loadavg()[0]?.toFixed(1)})`);
  console.log(`  first contentful paint:        ${all(fcp)}`);
  console.log(`  settings painted (first paint): ${all(painted)}`);
}

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('Building the extension…');
    const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  // The limit page goes into a copy of the build: it is never part of the shipped extension.
  const dir = mkdtempSync(join(tmpdir(), 'firmly-bench-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  for (const f of ['limit.html', 'limit.js']) cpSync(join(BENCH_DIR, 'limit', f), join(dir, f));
  const h = await launch(undefined, dir);
  try {
    // tsx names functions with a __name helper; give evaluated code a no-op one.
    await h.worker.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
    await waitForSchema(h.worker);
    const today = new Date().toISOString().slice(0, 10);
    let seeded = 0;
    for (const size of SIZES) {
      const t0 = Date.now();
      const records = await seed(h, seeded, size, today);
      seeded = size;
      // Seeded around the extension's code, which forgets the popup's snapshot on every write.
      await h.worker.evaluate(() => chrome.storage.session.remove('popupFirstPage'));
      const counts = await countStores(h.worker);
      console.log(
        `\nSeeded ${records.toLocaleString('en')} records in ${((Date.now() - t0) / 1000).toFixed(1)} s:`,
        counts,
      );
      await measure(h, size, today);
    }
    await measureOptions(h);
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
