// @vitest-environment happy-dom
/**
 * The confirmed reason drives the message (issue 14, journey 1). Reading a thread whose client
 * wrote "we can't pay this month" records the reply unconfirmed: both the panel's and the
 * popup's suggestion follow the classifier's reading, marked unconfirmed. Confirming a reason
 * (as the panel does, with the reply observation) makes both follow the confirmed reason.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import type { FirmlyDB } from '@/utils/db/database';
import { parseThread } from '@/utils/webmail/gmail/thread';
import { freshDb } from '../helpers';
import { loadFixture } from '../webmail/gmail/fixtures';

const csSender = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
const uiSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const pageUrl = 'https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d401';
const CLIENT = 'dana.lee@northwind.example';

function readRequest() {
  const thread = parseThread(loadFixture('thread_en_2026-11__constructed.html'));
  if (!thread) throw new Error('no thread parsed');
  return { thread, ownEmails: ['sam@carterdesign.example'], pageUrl };
}

describe('the confirmed reason drives the message', () => {
  let db: FirmlyDB;
  let handlers: ReturnType<typeof createHandlers>;
  beforeEach(() => {
    db = freshDb();
    handlers = createHandlers(db);
  });

  const context = () =>
    dispatch('cs-bg:threadContext', { emails: [CLIENT] }, csSender, handlers).then((c) => c!);
  const popup = async () => {
    const clientId = (await db.clients.toArray())[0]!.id;
    return dispatch('ui-bg:suggest', { clientId }, uiSender, handlers);
  };

  async function confirm(reason: 'cash_flow' | 'forgot', messageId: string, at: string) {
    await dispatch(
      'cs-bg:observe',
      {
        observations: [
          {
            kind: 'reply',
            key: `gmail:${messageId}`,
            at,
            counterparty: { email: CLIENT, name: 'Dana Lee' },
            source: { kind: 'gmail', url: pageUrl, messageId },
            excerpt: 'we are waiting for our client to pay us',
            reason: { reason, evidence: null },
          },
        ],
      },
      csSender,
      handlers,
    );
  }

  it('follows the classifier, unconfirmed, until Confirm; then the confirmed reason', async () => {
    const reading = await dispatch('cs-bg:readThread', readRequest(), csSender, handlers);
    const reply = reading.replies.at(-1)!;

    const before = await context();
    expect(before.suggestion).toMatchObject({
      templateId: 'instalment_offer',
      reason: 'cash_flow',
      reasonConfirmed: false,
    });
    expect(before.suggestion!.body).not.toMatch(/slipped/i);
    // The panel still asks about the reply: it is recorded, not assessed.
    expect(before.recordedMessageIds).not.toContain(reply.messageId);
    const p1 = await popup();
    expect(p1).toMatchObject({ action: 'assess', reasonConfirmed: false });
    expect(p1!.pendingReply?.reason).toBe('cash_flow');

    // The user corrects the reading in the panel: "they forgot".
    await confirm('forgot', reply.messageId, reply.at);
    const after = await context();
    expect(after.suggestion).toMatchObject({
      templateId: 'forgot_friendly',
      reason: 'forgot',
      reasonConfirmed: true,
    });
    expect(after.recordedMessageIds).toContain(reply.messageId);
    expect(await popup()).toMatchObject({
      action: 'send',
      templateId: 'forgot_friendly',
      reasonConfirmed: true,
    });
    const types = (await db.events.toArray()).map((e) => e.type);
    expect(types.filter((t) => t === 'reply_received')).toHaveLength(1);
    expect(types.filter((t) => t === 'reason_recorded')).toHaveLength(1);
  });

  it('Confirm with the reading as read: the instalment offer, now confirmed', async () => {
    const reading = await dispatch('cs-bg:readThread', readRequest(), csSender, handlers);
    const reply = reading.replies.at(-1)!;
    await confirm('cash_flow', reply.messageId, reply.at);
    expect((await context()).suggestion).toMatchObject({
      templateId: 'instalment_offer',
      reasonConfirmed: true,
    });
    // Reading the thread again does not bring the question back.
    await dispatch('cs-bg:readThread', readRequest(), csSender, handlers);
    expect((await context()).recordedMessageIds).toContain(reply.messageId);
  });

  it('a reply from someone not yet a client creates no client', async () => {
    const req = readRequest();
    // Keep only the reply: no invoice in the thread, so Dana is not (yet) a client.
    const onlyReply = {
      ...req,
      thread: { ...req.thread, messages: req.thread.messages.slice(-1) },
    };
    await dispatch('cs-bg:readThread', onlyReply, csSender, handlers);
    expect(await db.clients.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});
