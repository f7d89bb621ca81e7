// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findOpenCompose, type OpenCompose } from '@/utils/webmail/gmail/compose';
import { watchComposeSent } from '@/utils/webmail/sent-detect';
import { SEND_BUTTON } from '@/utils/webmail/gmail/selectors';
import { COMPOSE_FIXTURE, INLINE_REPLY_FIXTURE, mount } from './gmail/fixtures';

function open(name: string): OpenCompose {
  const compose = findOpenCompose(mount(name));
  if (!compose) throw new Error(`no compose in ${name}`);
  return compose;
}

/** The Send button, found the way a user would see it: the button whose tooltip names Enter. */
function sendButton(compose: OpenCompose): HTMLElement {
  const button = compose.container.querySelector<HTMLElement>(
    '[role=button][data-tooltip*="Enter"]',
  );
  if (!button) throw new Error('no send button');
  return button;
}

const press = (el: Element, type: string) =>
  el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
const settle = <T>(p: Promise<T>, ms = 200) =>
  Promise.race([p, new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);

afterEach(() => {
  document.body.replaceChildren();
});

describe('watchComposeSent', () => {
  it.each([COMPOSE_FIXTURE, INLINE_REPLY_FIXTURE])(
    'reports sent when %s goes away right after a click on Send',
    async (fixture) => {
      const compose = open(fixture);
      const sent = watchComposeSent(compose, SEND_BUTTON, new AbortController().signal);
      // Gmail acts on mouseup and removes the compose before a click is dispatched.
      press(sendButton(compose), 'mousedown');
      press(sendButton(compose), 'mouseup');
      compose.container.remove();
      expect(await settle(sent)).toBe(true);
    },
  );

  it.each([
    ['Ctrl+Enter', { ctrlKey: true }],
    ['⌘+Enter', { metaKey: true }],
  ])('reports sent after %s in the editor', async (_name, modifiers) => {
    const compose = open(COMPOSE_FIXTURE);
    const sent = watchComposeSent(compose, SEND_BUTTON, new AbortController().signal);
    compose.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...modifiers }),
    );
    compose.body.remove();
    expect(await settle(sent)).toBe(true);
  });

  it('reports not sent when the compose is closed without sending', async () => {
    const compose = open(COMPOSE_FIXTURE);
    const sent = watchComposeSent(compose, SEND_BUTTON, new AbortController().signal);
    compose.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    compose.container.remove();
    expect(await settle(sent)).toBe(false);
  });

  it('does not count the "more send options" arrow as Send', async () => {
    const compose = open(COMPOSE_FIXTURE);
    const sent = watchComposeSent(compose, SEND_BUTTON, new AbortController().signal);
    const arrow = compose.container.querySelector('[role=button][aria-haspopup=true].T-I-atl');
    if (!arrow) throw new Error('no arrow');
    press(arrow, 'click');
    compose.container.remove();
    expect(await settle(sent)).toBe(false);
  });

  it('does not count a removal long after the send gesture', async () => {
    const compose = open(COMPOSE_FIXTURE);
    const sent = watchComposeSent(compose, SEND_BUTTON, new AbortController().signal, {
      graceMs: 10,
    });
    press(sendButton(compose), 'click'); // e.g. Gmail refused: no recipient
    await new Promise((r) => setTimeout(r, 40));
    compose.container.remove();
    expect(await settle(sent)).toBe(false);
  });

  it('stops when the signal aborts, and keeps waiting otherwise', async () => {
    const compose = open(COMPOSE_FIXTURE);
    const controller = new AbortController();
    const sent = watchComposeSent(compose, SEND_BUTTON, controller.signal);
    expect(await settle(sent, 50)).toBe('pending');
    controller.abort();
    expect(await settle(sent)).toBe(false);
  });

  it('answers false at once for an aborted signal', async () => {
    const compose = open(COMPOSE_FIXTURE);
    expect(await settle(watchComposeSent(compose, SEND_BUTTON, AbortSignal.abort()))).toBe(false);
  });
});
