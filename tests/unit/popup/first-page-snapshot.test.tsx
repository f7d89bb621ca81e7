// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browser } from '#imports';
import { createClient } from '@/utils/db/repository';
import type { ClientPage } from '@/utils/ledger/client-page';
import {
  FIRST_PAGE_KEY,
  firstPageSnapshot,
  pageFromSnapshot,
} from '@/utils/popup/first-page-snapshot';
import { LIST_FRESH_MARK, LIST_PAINTED_MARK, PAGE_SIZE } from '@/components/popup/ListView';
import { PopupApp } from '@/components/popup/PopupApp';
import { mount, preloadViews, rig, settle, TODAY, unmountAll } from './harness';

// The popup prefetches its other screens after the first paint.
beforeAll(preloadViews);
afterEach(async () => {
  unmountAll();
  await browser.storage.session.clear();
});

const stored = async () => (await browser.storage.session.get(FIRST_PAGE_KEY))[FIRST_PAGE_KEY];

describe('first-page snapshot', () => {
  it('is used only for the same day and page size, and only when well formed', async () => {
    const r = rig();
    await createClient(r.db, { name: 'Snap Ltd', emails: [] });
    const page = await r.send('ui-bg:clientPage', { today: TODAY, offset: 0, limit: PAGE_SIZE });
    const snap = firstPageSnapshot(TODAY, PAGE_SIZE, page);
    expect(pageFromSnapshot(snap, TODAY, PAGE_SIZE)).toEqual(page);
    expect(pageFromSnapshot(snap, '2026-06-16', PAGE_SIZE)).toBeNull();
    expect(pageFromSnapshot(snap, TODAY, 10)).toBeNull();
    expect(pageFromSnapshot({ ...snap, v: 0 }, TODAY, PAGE_SIZE)).toBeNull();
    expect(pageFromSnapshot(null, TODAY, PAGE_SIZE)).toBeNull();
    const broken = { ...snap, page: { ...page, items: [{ client: { id: 1 } }] } };
    expect(pageFromSnapshot(broken, TODAY, PAGE_SIZE)).toBeNull();
  });

  it('the background keeps its first-page answer and forgets it after any write', async () => {
    const r = rig();
    await createClient(r.db, { name: 'Snap Ltd', emails: [] });
    const page = await r.send('ui-bg:clientPage', { today: TODAY, offset: 0, limit: PAGE_SIZE });
    await settle();
    expect(pageFromSnapshot(await stored(), TODAY, PAGE_SIZE)).toEqual(page);
    // Reads leave it; later pages are not the first page.
    await r.send('ui-bg:search', { query: 'snap', today: TODAY, limit: PAGE_SIZE });
    await r.send('ui-bg:clientPage', { today: TODAY, offset: 40, limit: PAGE_SIZE });
    await settle();
    expect(pageFromSnapshot(await stored(), TODAY, PAGE_SIZE)).toEqual(page);
    // A write through any request forgets it.
    await r.send('ui-bg:createClient', { name: 'New Ltd', emails: [] });
    expect(await stored()).toBeUndefined();
  });

  it('the popup paints the snapshot first and replaces it with the background answer', async () => {
    performance.clearMarks();
    const r = rig();
    await createClient(r.db, { name: 'Fresh Ltd', emails: [] });
    const fresh = await r.send('ui-bg:clientPage', { today: TODAY, offset: 0, limit: PAGE_SIZE });
    const old: ClientPage = {
      ...fresh,
      items: fresh.items.map((row) => ({ ...row, client: { ...row.client, name: 'Old Ltd' } })),
    };
    let answer: (page: ClientPage) => void = () => {};
    const freshPage = new Promise<ClientPage>((resolve) => (answer = resolve));
    const root = mount(
      <PopupApp
        send={r.send}
        platform={r.platform}
        settings={{ uiLanguage: 'en', theme: 'auto' }}
        browserLanguages={['en-US']}
        firstPage={Promise.resolve(old)}
        freshPage={freshPage}
      />,
    );
    await settle();
    const names = () => [...root.querySelectorAll('.client-name')].map((e) => e.textContent);
    expect(names()).toEqual(['Old Ltd']);
    expect(performance.getEntriesByName(LIST_PAINTED_MARK)).toHaveLength(1);
    expect(performance.getEntriesByName(LIST_FRESH_MARK)).toHaveLength(0);
    answer(fresh);
    await settle();
    expect(names()).toEqual(['Fresh Ltd']);
    expect(performance.getEntriesByName(LIST_FRESH_MARK)).toHaveLength(1);
  });
});
