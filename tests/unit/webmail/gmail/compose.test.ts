// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildComposeUrl,
  findOpenCompose,
  insertDraft,
  type OpenCompose,
} from '@/utils/webmail/gmail/compose';
import { COMPOSE_FIXTURE, INLINE_REPLY_FIXTURE, loadFixture, mount } from './fixtures';

type ExecCommand = (command: string, showUi?: boolean, value?: string) => boolean;
const docWithExec = () => document as unknown as { execCommand?: ExecCommand };

function openIn(name: string): OpenCompose {
  const compose = findOpenCompose(mount(name));
  if (!compose) throw new Error(`no compose in ${name}`);
  return compose;
}

/** Lines of the editor as Gmail shows them (one per block). */
const lines = (el: HTMLElement) =>
  Array.from(el.childNodes).map((n) => (n.nodeName === 'BR' ? '' : (n.textContent ?? '')));

afterEach(() => {
  delete docWithExec().execCommand;
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('findOpenCompose', () => {
  it('finds the real compose dialog (~2020 fixture)', () => {
    const compose = findOpenCompose(loadFixture(COMPOSE_FIXTURE));
    expect(compose?.body.getAttribute('g_editable')).toBe('true');
    expect(compose?.body.id).toBe(':8o');
    expect(compose?.subject?.name).toBe('subjectbox');
    expect(compose?.to?.getAttribute('name')).toBe('to');
    expect(compose?.container.classList.contains('M9')).toBe(true);
  });

  it('finds an inline reply with its hidden subject box', () => {
    const compose = findOpenCompose(loadFixture(INLINE_REPLY_FIXTURE));
    expect(compose?.body.id).toBe(':rb');
    expect(compose?.container.closest('.ip.adB')).not.toBeNull();
    expect(compose?.subject?.value).toBe('Re: Invoice INV-2026-014');
  });

  // The inline reply's `.M9` (selectors.ts COMPOSE_ROOT): InboxSDK 2025-09 saw a wrapper appear
  // between the reply container `.ip.adB` and `.M9`; class names may also gain hashed suffixes.
  it('inline reply container: .M9 under a new wrapper, or renamed (role=region)', () => {
    const wrapped = loadFixture(INLINE_REPLY_FIXTURE);
    const m9 = wrapped.querySelector('.ip.adB > .M9');
    expect(m9).not.toBeNull();
    const wrapper = wrapped.createElement('div');
    m9?.replaceWith(wrapper);
    if (m9) wrapper.append(m9);
    const viaWrapper = findOpenCompose(wrapped);
    expect(viaWrapper?.container).toBe(m9);
    expect(viaWrapper?.container.parentElement).toBe(wrapper);
    expect(viaWrapper?.subject?.value).toBe('Re: Invoice INV-2026-014');

    const renamed = loadFixture(INLINE_REPLY_FIXTURE);
    renamed.querySelector('.M9')?.setAttribute('class', 'M9-x1y2z3');
    const viaRole = findOpenCompose(renamed);
    expect(viaRole?.container.getAttribute('role')).toBe('region');
    expect(viaRole?.body.id).toBe(':rb');
    expect(viaRole?.subject?.value).toBe('Re: Invoice INV-2026-014');
  });

  it('falls back to role=textbox when g_editable is gone', () => {
    const doc = loadFixture(COMPOSE_FIXTURE);
    doc.querySelector('[g_editable]')?.removeAttribute('g_editable');
    expect(findOpenCompose(doc)?.body.id).toBe(':8o');
  });

  it('returns null when no compose is open', () => {
    expect(findOpenCompose(loadFixture('thread_en_2026-11__constructed.html'))).toBeNull();
  });

  it('prefers the focused compose, else the newest (last) one', () => {
    mount(INLINE_REPLY_FIXTURE);
    const dialog = loadFixture(COMPOSE_FIXTURE).body.firstElementChild;
    if (dialog) document.body.appendChild(document.importNode(dialog, true));
    expect(findOpenCompose(document)?.body.id).toBe(':8o');
    document.getElementById(':rb')?.focus();
    expect(findOpenCompose(document)?.body.id).toBe(':rb');
  });
});

describe('insertDraft without execCommand (happy-dom, old browsers)', () => {
  it('types the body as lines and fills the empty subject, firing input events', () => {
    const compose = openIn(COMPOSE_FIXTURE);
    const inputs: InputEvent[] = [];
    compose.body.addEventListener('input', (e) => inputs.push(e as InputEvent));
    const subjectEvents: string[] = [];
    compose.subject?.addEventListener('input', (e) => subjectEvents.push(e.type));
    compose.subject?.addEventListener('change', (e) => subjectEvents.push(e.type));

    const ok = insertDraft(compose, {
      subject: 'Invoice INV-2026-014: payment reminder',
      body: 'Hi Dana,\n\nA reminder about <b>INV-2026-014</b> (USD 1,250.00).\nThanks,\nSam',
    });

    expect(ok).toBe(true);
    expect(lines(compose.body)).toEqual([
      'Hi Dana,',
      '',
      'A reminder about <b>INV-2026-014</b> (USD 1,250.00).',
      'Thanks,',
      'Sam',
    ]);
    expect(compose.body.querySelector('b')).toBeNull(); // text, never markup
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.inputType).toBe('insertText');
    expect(inputs[0]?.bubbles).toBe(true);
    expect(compose.subject?.value).toBe('Invoice INV-2026-014: payment reminder');
    expect(subjectEvents).toEqual(['input', 'change']);
  });

  it('keeps the quoted history of a reply below the new text, and its subject', () => {
    const compose = openIn(INLINE_REPLY_FIXTURE);
    const ok = insertDraft(compose, {
      subject: 'Reminder',
      body: 'Thanks Dana,\ntwo parts in December work for me.',
    });
    expect(ok).toBe(true);
    const text = compose.body.textContent ?? '';
    expect(text.indexOf('Thanks Dana,')).toBe(0);
    expect(text.indexOf('two parts in December work')).toBeLessThan(text.indexOf('wrote:'));
    expect(compose.body.querySelector('.gmail_quote blockquote')?.textContent).toContain(
      'Sorry for the delay',
    );
    expect(compose.subject?.value).toBe('Re: Invoice INV-2026-014');
  });

  it('replaces a subject when asked', () => {
    const compose = openIn(INLINE_REPLY_FIXTURE);
    insertDraft(compose, { subject: 'Payment plan', body: 'Hi', replaceSubject: true });
    expect(compose.subject?.value).toBe('Payment plan');
  });

  it('refuses a compose that is gone', () => {
    const compose = openIn(COMPOSE_FIXTURE);
    compose.container.remove();
    expect(insertDraft(compose, { subject: 'S', body: 'Hi' })).toBe(false);
  });
});

describe('insertDraft with execCommand (browsers)', () => {
  /** Stands in for the browser: inserts the text at the selection, as Chrome/Firefox do. */
  function browserLikeExec(): ReturnType<typeof vi.fn<ExecCommand>> {
    const exec = vi.fn<ExecCommand>((command, _ui, value) => {
      const range = document.getSelection()?.getRangeAt(0);
      if (command !== 'insertText' || !range || value === undefined) return false;
      range.insertNode(document.createTextNode(value));
      return true;
    });
    docWithExec().execCommand = exec;
    return exec;
  }

  it('types through insertText at the start of the editor, once', () => {
    const exec = browserLikeExec();
    const compose = openIn(INLINE_REPLY_FIXTURE);
    expect(insertDraft(compose, { subject: '', body: 'Hello Dana\nSecond line' })).toBe(true);
    expect(exec).toHaveBeenCalledWith('insertText', false, 'Hello Dana\nSecond line');
    const text = compose.body.textContent ?? '';
    expect(text.startsWith('Hello Dana\nSecond line')).toBe(true);
    expect(text.split('Hello Dana')).toHaveLength(2); // not inserted twice
    expect(compose.body.querySelector('.gmail_quote')).not.toBeNull();
  });

  it.each([
    ['claims success but changes nothing', () => true],
    [
      'throws',
      () => {
        throw new Error('not allowed');
      },
    ],
  ])('falls back to building lines when execCommand %s', (_case, impl) => {
    docWithExec().execCommand = vi.fn<ExecCommand>(impl);
    const compose = openIn(COMPOSE_FIXTURE);
    expect(insertDraft(compose, { subject: 'S', body: 'Only once' })).toBe(true);
    expect(lines(compose.body)).toEqual(['Only once']);
  });
});

describe('buildComposeUrl', () => {
  it('round-trips every field through URL parsing', () => {
    const body = 'Hi Dana,\n\nInvoice INV-2026-014: USD 1,250.00 & 5 400,00 zł — #1 +2 ?x=y\nשלום';
    const url = new URL(
      buildComposeUrl({
        to: ['dana.lee@northwind.example', 'ap@northwind.example'],
        cc: 'boss@carterdesign.example',
        subject: 'Re: Invoice INV-2026-014 (reminder)',
        body,
      }),
    );
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      view: 'cm',
      fs: '1',
      to: 'dana.lee@northwind.example,ap@northwind.example',
      cc: 'boss@carterdesign.example',
      su: 'Re: Invoice INV-2026-014 (reminder)',
      body,
    });
  });

  it.each([
    [2, '/mail/u/2/'],
    ['anna@studio.example', '/mail/u/anna@studio.example/'],
    [undefined, '/mail/u/0/'],
  ])('puts account %s in the path', (account, path) => {
    const url = new URL(buildComposeUrl({ to: 'a@b.example', subject: 's', body: 'b', account }));
    expect(url.pathname).toBe(path);
    expect(url.searchParams.has('cc')).toBe(false);
  });
});
