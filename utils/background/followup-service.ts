/**
 * Follow-ups in the browser: alarms mirror the `followups` store, notifications fire when they
 * are due, missed ones become one digest, and the badge counts what is due. Reconciled on
 * install, update and every service-worker start, so nothing is lost across restarts.
 */
import { browser } from '#imports';
import { cancelEarlierPromiseFollowups } from '@/utils/followups/promise-replace';
import type { FirmlyDB } from '@/utils/db/database';
import type { EventRecord, FollowupRecord } from '@/utils/db/records';
import {
  alarmName,
  badgeText,
  dayAfterPromise,
  dueCount,
  followupIdOf,
  planReconcile,
  wasMissed,
} from '@/utils/followups/plan';
import { digestNotice, followupNotice, noticeT, type NextStep } from '@/utils/followups/notice';
import type { UiLanguage } from '@/utils/i18n';
import { formatDate } from '@/utils/templates/values';
import {
  cancelPendingForClient,
  markFired,
  pendingFollowups,
  setFollowup,
  snoozeFollowup,
} from '@/utils/followups/repository';
import type { LedgerHooks } from './hooks';

export type NextStepProvider = (clientId: string, now: Date) => Promise<NextStep | null>;

const NOTIFICATION_PREFIX = 'firmly-followup:';
const DIGEST_ID = 'firmly-digest';
/** Firefox shows no notification buttons; it gets the body click only. */
const SUPPORTS_BUTTONS = !import.meta.env.FIREFOX;
const DIGEST_WINDOW_MS = 1500;

export interface FollowupService extends LedgerHooks {
  reconcile(): Promise<void>;
  /** Re-syncs alarms and badge after a follow-up changed. */
  refresh(): Promise<void>;
}

export function createFollowupService(
  db: FirmlyDB,
  nextStep: NextStepProvider,
  /** The user's UI language, asked at each notification (it may change between them). */
  uiLanguage: () => Promise<UiLanguage> = async () => 'en',
): FollowupService {
  let digestQueue: FollowupRecord[] = [];
  let digestTimer: ReturnType<typeof setTimeout> | undefined;

  const updateBadge = async () => {
    const action =
      browser.action ??
      (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
    if (!action) return;
    const count = dueCount(await pendingFollowups(db), Date.now());
    await action.setBadgeText({ text: badgeText(count) });
    if (count > 0) await action.setBadgeBackgroundColor({ color: '#b42318' });
  };

  const syncAlarms = async () => {
    const plan = planReconcile(
      await pendingFollowups(db),
      await browser.alarms.getAll(),
      Date.now(),
    );
    await Promise.all(plan.clear.map((name) => browser.alarms.clear(name)));
    for (const { name, when } of plan.create) await browser.alarms.create(name, { when });
    return plan;
  };

  const notifyOne = async (f: FollowupRecord) => {
    const client = await db.clients.get(f.clientId);
    if (!client) return;
    const now = new Date();
    const t = noticeT(await uiLanguage());
    const notice = followupNotice(
      f,
      client,
      await db.summaries.get(f.clientId),
      await nextStep(f.clientId, now),
      t,
    );
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${f.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
      ...(SUPPORTS_BUTTONS ? { buttons: [{ title: t('openDraft') }, { title: t('snooze') }] } : {}),
    });
    await markFired(db, [f.id], now);
  };

  const flushDigest = async () => {
    const missed = digestQueue;
    digestQueue = [];
    if (missed.length === 0) return;
    if (missed.length === 1) return notifyOne(missed[0]!);
    const rows = await Promise.all(
      missed.map(async (f) => ({
        client: await db.clients.get(f.clientId),
        summary: await db.summaries.get(f.clientId),
      })),
    );
    const known = rows.filter(
      (r): r is { client: NonNullable<typeof r.client>; summary: typeof r.summary } => !!r.client,
    );
    const notice = digestNotice(known, noticeT(await uiLanguage()));
    await browser.notifications.create(DIGEST_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: notice.title,
      message: notice.message,
    });
    await markFired(
      db,
      missed.map((f) => f.id),
      new Date(),
    );
  };

  /** Missed follow-ups are collected for a moment so a restart gives one digest, not a burst. */
  const queueMissed = (items: FollowupRecord[]) => {
    const known = new Set(digestQueue.map((f) => f.id));
    digestQueue.push(...items.filter((f) => !known.has(f.id)));
    clearTimeout(digestTimer);
    digestTimer = setTimeout(() => void flushDigest(), DIGEST_WINDOW_MS);
  };

  const service: FollowupService = {
    async reconcile() {
      const plan = await syncAlarms();
      if (plan.missed.length) queueMissed(plan.missed);
      await updateBadge();
    },
    async refresh() {
      await syncAlarms();
      await updateBadge();
    },
    async afterChange(clientId: string, appended: EventRecord[]) {
      for (const e of appended) {
        if (e.data.type !== 'promise_to_pay') continue;
        await cancelEarlierPromiseFollowups(db, e);
        const dueAt = dayAfterPromise(e.data.promisedDate, new Date().getTimezoneOffset());
        if (Date.parse(dueAt) > Date.now()) {
          await setFollowup(
            db,
            {
              clientId,
              invoiceId: e.invoiceId,
              dueAt,
              note: noticeT(await uiLanguage())('promised', {
                date: formatDate(e.data.promisedDate, await uiLanguage()),
              }),
            },
            new Date(),
          );
        }
      }
      const summary = await db.summaries.get(clientId);
      const owes = Object.values(summary?.balances ?? {}).some((v) => v > 0);
      if (summary && !owes) await cancelPendingForClient(db, clientId);
      await service.refresh();
    },
    async afterDelete() {
      await service.refresh();
    },
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    const id = followupIdOf(alarm.name);
    if (!id) return;
    void (async () => {
      const f = await db.followups.get(id);
      if (!f || f.status !== 'pending') return;
      if (wasMissed(alarm.scheduledTime, Date.now())) queueMissed([f]);
      else await notifyOne(f);
      await updateBadge();
    })();
  });

  browser.notifications.onClicked.addListener((notificationId) => {
    const id = notificationId.startsWith(NOTIFICATION_PREFIX)
      ? notificationId.slice(NOTIFICATION_PREFIX.length)
      : null;
    void (async () => {
      const f = id ? await db.followups.get(id) : undefined;
      const hash = f ? `#client=${encodeURIComponent(f.clientId)}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${hash}`) });
      await browser.notifications.clear(notificationId);
    })();
  });

  if (SUPPORTS_BUTTONS) {
    browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
      if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
      const id = notificationId.slice(NOTIFICATION_PREFIX.length);
      void (async () => {
        const f = await db.followups.get(id);
        if (!f) return;
        if (buttonIndex === 0) {
          const step = await nextStep(f.clientId, new Date());
          const url =
            step?.draftUrl ??
            browser.runtime.getURL(`/popup.html#client=${encodeURIComponent(f.clientId)}`);
          await browser.tabs.create({ url });
        } else {
          await snoozeFollowup(db, id, new Date());
          await service.refresh();
        }
        await browser.notifications.clear(notificationId);
      })();
    });
  }

  return service;
}

export { alarmName };
