/**
 * Popup speed at scale, in real Chromium: 10,000 clients, 100,000 invoices and 500,000 events
 * are written straight into the extension's IndexedDB from its service worker, then the popup is
 * opened several times and timed from navigation start to the `firmly:list-painted` mark (first
 * useful render), and a client is opened and timed from the click to `firmly:client-painted`.
 *
 *   npx tsx tests/bench/popup-scale.bench.ts [--clients 10000] [--runs 7]
 *
 * Builds the extension first when .output/chrome-mv3 is missing. Not part of `npm test`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import type { Page, Worker } from 'playwright-core';
import { EXTENSION_DIR, launch, openPopup } from '../e2e/harness';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CLIENTS = arg('clients', 10_000);
const INVOICES_PER_CLIENT = 10;
const EVENTS_PER_CLIENT = 50;
const BATCH = 250;
const RUNS = arg('runs', 7);
const TARGET_MS = 150;

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

  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('firmly');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction(['clients', 'invoices', 'events', 'summaries', 'totals'], 'readwrite', {
    durability: 'relaxed',
  });
  const clients = tx.objectStore('clients');
  const invoices = tx.objectStore('invoices');
  const events = tx.objectStore('events');
  const summaries = tx.objectStore('summaries');
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
    clients.put({
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
  // Written around the extension's code: drop the totals cache so it is rebuilt from summaries.
  tx.objectStore('totals').delete('#built');
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
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

/** Waits until the extension has created the database at its current version (with `totals`). */
async function waitForSchema(worker: Worker): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const ready = await worker.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const req = indexedDB.open('firmly');
          req.onsuccess = () => {
            const ok = req.result.objectStoreNames.contains('totals');
            req.result.close();
            resolve(ok);
          };
          req.onerror = () => resolve(false);
        }),
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension never created its database');
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

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('Building the extension…');
    const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('build failed');
  }
  const h = await launch();
  try {
    // tsx names functions with a __name helper; give evaluated code a no-op one.
    await h.worker.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
    await waitForSchema(h.worker);
    const today = new Date().toISOString().slice(0, 10);
    const t0 = Date.now();
    let records = 0;
    for (let from = 0; from < CLIENTS; from += BATCH) {
      records += await h.worker.evaluate(seedBatch, {
        from,
        count: Math.min(BATCH, CLIENTS - from),
        today,
        invoicesPer: INVOICES_PER_CLIENT,
        eventsPer: EVENTS_PER_CLIENT,
      });
      process.stdout.write(`\rSeeding… ${Math.min(from + BATCH, CLIENTS)}/${CLIENTS} clients`);
    }
    const counts = await countStores(h.worker);
    console.log(
      `\nSeeded ${records.toLocaleString('en')} records in ${((Date.now() - t0) / 1000).toFixed(1)} s:`,
      counts,
    );

    // First open after seeding also rebuilds the totals cache from 10,000 summaries: timed apart.
    const warm = await openPopup(h);
    await warm.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
    const rebuildStart = Date.now();
    const firstPaint = await markTime(warm, 'firmly:list-painted', 120_000);
    console.log(
      `First open after seeding (includes rebuilding the totals cache): ${fmt(firstPaint)} (${Date.now() - rebuildStart} ms wall)`,
    );
    const estimate = await warm.evaluate(() => navigator.storage.estimate());
    const oldList = await timeRequest(warm, 'ui-bg:listClients', {});
    const pageRequest: number[] = [];
    for (let i = 0; i < 5; i += 1)
      pageRequest.push(await timeRequest(warm, 'ui-bg:clientPage', { today, limit: 40 }));
    await warm.close();

    const listTimes: number[] = [];
    const ownTimes: number[] = [];
    const clientTimes: number[] = [];
    const suggestionTimes: number[] = [];
    const searchTimes: number[] = [];
    const nameSearchTimes: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await openPopup(h);
      await page.evaluate('globalThis.__name = globalThis.__name || ((fn) => fn)');
      const painted = await markTime(page, 'firmly:list-painted');
      listTimes.push(painted);
      ownTimes.push(painted - (await markTime(page, 'firmly:popup-start')));
      const rows = await page.locator('.client-row').count();
      if (rows === 0) throw new Error('no rows painted');
      await page
        .locator('button.client-open')
        .nth(run % rows)
        .click();
      const opened = await markTime(page, 'firmly:client-open');
      clientTimes.push((await markTime(page, 'firmly:client-painted')) - opened);
      suggestionTimes.push((await markTime(page, 'firmly:suggestion-ready')) - opened);
      searchTimes.push(
        await timeRequest(page, 'ui-bg:search', {
          query: `INV-${(run * 997) % CLIENTS}-`,
          limit: 40,
        }),
      );
      const byName = ['kalo', 'Studio 12', 'billing@client7'][run % 3]!;
      nameSearchTimes.push(await timeRequest(page, 'ui-bg:search', { query: byName, limit: 40 }));
      await page.close();
    }

    const verdict = (ms: number) => (ms < TARGET_MS ? 'OK' : `OVER the ${TARGET_MS} ms target`);
    console.log(
      `\nPopup at scale (machine: ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)})`,
    );
    console.log(
      `  clients ${counts.clients}, invoices ${counts.invoices}, events ${counts.events}`,
    );
    console.log(
      `  popup open → list painted:    median ${fmt(median(listTimes))}  [${listTimes.map((x) => x.toFixed(0)).join(', ')}]  ${verdict(median(listTimes))}`,
    );
    console.log(
      `    of which the popup's own code (script start → painted): median ${fmt(median(ownTimes))}  [${ownTimes.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `  click → client view painted:  median ${fmt(median(clientTimes))}  [${clientTimes.map((x) => x.toFixed(0)).join(', ')}]  ${verdict(median(clientTimes))}`,
    );
    console.log(
      `  click → suggestion ready:     median ${fmt(median(suggestionTimes))}  [${suggestionTimes.map((x) => x.toFixed(0)).join(', ')}]`,
    );
    console.log(`  search by invoice number:     median ${fmt(median(searchTimes))}`);
    console.log(
      `  search by name / address:     [${nameSearchTimes.map((x) => x.toFixed(0)).join(', ')}] ms (name prefix, name substring, e-mail prefix in turn)`,
    );
    console.log(
      `  ui-bg:clientPage round trip (first 40 + totals): median ${fmt(median(pageRequest))}`,
    );
    console.log(`  for comparison, ui-bg:listClients (every client at once): ${fmt(oldList)}`);
    console.log(
      `  storage estimate: usage ${((estimate.usage ?? 0) / 1024 / 1024).toFixed(1)} MiB of quota ${((estimate.quota ?? 0) / 1024 / 1024).toFixed(0)} MiB`,
    );
  } finally {
    await h.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
