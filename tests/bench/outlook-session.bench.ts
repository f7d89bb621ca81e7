/**
 * The Outlook content script's cost on Outlook's main thread over a scripted session, in real
 * Chromium (the twin of gmail-session.bench.ts, smaller): open ten conversations (2 to 100
 * messages) one after the other through the history API, as Outlook on the web does, going back
 * to the inbox list between them. Target: no long task caused by Firmly over 50 ms.
 *
 *   npx wxt build && npx tsx tests/bench/outlook-session.bench.ts
 *
 * The page is a "simulated Outlook": the constructed English conversation fixture (its structure
 * comes from public code automating Outlook on the web; see utils/webmail/outlook/selectors.ts)
 * whose message parts are cloned N times, each with its own ids, by code standing in for
 * Outlook's app (run in the page's main world). Measured on the renderer main thread with a CDP
 * CPU profile (100 µs sampling): time in samples whose stack holds a frame of
 * content-scripts/outlook.js, the longest run of consecutive such samples (≈ the longest task
 * Firmly caused), long tasks seen by a PerformanceObserver, and the panel's time to appear after
 * the URL changed. Prints figures, asserts no timings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, fixture, launch, serveDocument } from '../e2e/harness';

const SCRIPT = join(EXTENSION_DIR, 'content-scripts/outlook.js');
const SIZES = [3, 8, 20, 50, 100, 4, 12, 30, 2, 60];
const BASE = 'https://outlook.office.com';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main() {
  if (!existsSync(SCRIPT)) throw new Error('build first: npx wxt build');
  const h = await launch();
  await serveDocument(
    h.context,
    `${BASE}/**`,
    fixture('outlook/conversation_en_2026-12__constructed.html'),
  );
  const page = await h.context.newPage();
  await page.goto(`${BASE}/mail/inbox`);
  await page.waitForTimeout(1500);
  await page.evaluate(`window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });`);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');

  const appear: number[] = [];
  for (const [k, n] of SIZES.entries()) {
    // A string, not a function: tsx would add helpers (__name) the page does not have.
    const ms = (await page.evaluate(`new Promise((resolve) => {
      const k = ${k}, n = ${n};
      const container = document.querySelector('[data-app-section=ConversationContainer]');
      window.__parts = window.__parts || Array.from(container.children).map((c) => c.cloneNode(true));
      const parts = [];
      for (let i = 0; i < n; i++) {
        const part = window.__parts[i % window.__parts.length].cloneNode(true);
        part.querySelectorAll('[id]').forEach((el) => { el.id = el.id.replace(/(A\\d)_/, '$1x' + k + 'm' + i + '_'); });
        parts.push(part);
      }
      const t0 = performance.now();
      history.pushState({}, '', '/mail/inbox/id/AAQkADbench' + k + 'conversation000');
      // Outlook renders the pane in batches across frames.
      let at = 0;
      const batch = () => {
        container.append(...parts.slice(at, at + 10));
        at += 10;
        if (at < parts.length) requestAnimationFrame(batch);
      };
      container.replaceChildren();
      requestAnimationFrame(batch);
      const poll = () => (document.querySelector('[data-firmly-panel]') ? resolve(performance.now() - t0) : setTimeout(poll, 5));
      poll();
      setTimeout(() => resolve(-1), 8000);
    })`)) as number;
    appear.push(ms);
    await page.waitForTimeout(1200);
    await page.evaluate(`history.pushState({}, '', '/mail/inbox')`);
    await page.waitForTimeout(1200);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const long = (await page.evaluate('window.__long')) as number[];

  // Which nodes are (or sit under) a frame of the content script.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const cached = ours.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    const up = parent.get(id);
    const v =
      Boolean(node?.callFrame.url.includes('content-scripts/outlook.js')) ||
      (up !== undefined && isOurs(up));
    ours.set(id, v);
    return v;
  };
  let total = 0;
  let run = 0;
  let longest = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (isOurs(id)) {
      total += dt;
      run += dt;
      longest = Math.max(longest, run);
    } else run = 0;
  });
  const shown = appear.filter((t) => t >= 0).sort((a, b) => a - b);
  const gz = gzipSync(readFileSync(SCRIPT)).length;
  console.log('Outlook session bench (10 conversations, 2–100 messages)');
  console.table({
    'content-scripts/outlook.js gzip': `${(gz / 1024).toFixed(2)} KiB (${gz} B)`,
    'content-script CPU time, whole session': `${total.toFixed(1)} ms`,
    'longest run of content-script samples': `${longest.toFixed(1)} ms`,
    'long tasks (any cause) over 50 ms': `${long.filter((d) => d > 50).length} (max ${Math.max(0, ...long).toFixed(0)} ms)`,
    'panel time to appear, median': `${shown[Math.floor(shown.length / 2)]?.toFixed(0)} ms`,
    'panel time to appear, max': `${shown.at(-1)?.toFixed(0)} ms`,
    'panel never appeared': `${appear.filter((t) => t < 0).length} of ${SIZES.length}`,
  });
  console.log(
    'per conversation (messages → ms):',
    SIZES.map((n, k) => `${n}→${appear[k]?.toFixed(0)}`).join(' '),
  );
  await h.close();
  if (!shown.length) process.exit(1);
}

void main();
