// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { parseOutlookRoute } from '@/utils/webmail/outlook/route';
import { buildOutlookComposeUrl, findOutlookCompose } from '@/utils/webmail/outlook/compose';
import { outlookAdapter } from '@/utils/webmail/outlook/adapter';
import { insertDraft } from '@/utils/webmail/draft';
import { OUTLOOK_MATCHES, isOutlookUrl } from '@/utils/webmail/outlook/origins';
import * as selectors from '@/utils/webmail/outlook/selectors';
import { EN, EN_REPLY, mountOutlook } from './fixtures';

afterEach(() => document.body.replaceChildren());

describe('parseOutlookRoute', () => {
  it.each([
    ['/mail/inbox/id/AAQkADAwATMwMAItYjBiZi03%3D', 'item', 'AAQkADAwATMwMAItYjBiZi03='],
    ['/mail/0/inbox/id/AAQkADAwATMwMAIt', 'item', 'AAQkADAwATMwMAIt'],
    ['/mail/id/AAQkADAwATMwMAIt', 'item', 'AAQkADAwATMwMAIt'],
    ['/mail/AAMkAGI2TG93AAA%3D/id/AAQkADAwATMwMAIt', 'item', 'AAQkADAwATMwMAIt'],
    ['https://outlook.cloud.microsoft/mail/inbox/id/AAQkADAwATMw?x=1', 'item', 'AAQkADAwATMw'],
    ['/mail/inbox', 'list', null],
    ['/mail/', 'list', null],
    ['/mail/deeplink/compose', 'compose', null],
    ['/calendar/view/month', 'other', null],
    ['/mail/inbox/id/', 'list', null],
  ])('%s → %s', (path, view, itemId) => {
    expect(parseOutlookRoute(path)).toMatchObject({ view, itemId });
  });

  it('reads the mailbox index of /mail/<n>/', () => {
    expect(parseOutlookRoute('/mail/1/inbox/id/AAQkADAwATMwMAIt').mailbox).toBe('1');
  });
});

describe('Outlook origins', () => {
  it('are exactly the four hosts of issue 12', () => {
    expect(OUTLOOK_MATCHES).toEqual([
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.cloud.microsoft/*',
      'https://outlook.live.com/*',
    ]);
    expect(isOutlookUrl('https://outlook.live.com/mail/0/')).toBe(true);
    expect(isOutlookUrl('https://outlook.live.com.evil.example/mail/')).toBe(false);
    expect(isOutlookUrl('http://outlook.office.com/mail/')).toBe(false);
  });
});

describe('Outlook selectors', () => {
  const lists = Object.values(selectors).filter(
    (v): v is readonly string[] => Array.isArray(v) && v.every((s) => typeof s === 'string'),
  );
  it('are valid CSS and never use aria-label text or hashed class names', () => {
    for (const list of lists)
      for (const s of list) {
        expect(() => document.querySelector(s)).not.toThrow();
        expect(s).not.toMatch(/aria-label|placeholder|:contains|\.[A-Za-z]\w*/);
      }
    expect(lists.length).toBeGreaterThan(8);
  });
});

describe('Outlook compose', () => {
  it('builds the deep link on the current host with to, subject and body', () => {
    const url = new URL(
      buildOutlookComposeUrl(
        {
          to: 'dana.lee@northwind.example',
          subject: 'Invoice INV-2026-014',
          body: 'Hi Dana,\nline 2 & more',
        },
        'https://outlook.office365.com',
      ),
    );
    expect(url.origin + url.pathname).toBe('https://outlook.office365.com/mail/deeplink/compose');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      to: 'dana.lee@northwind.example',
      subject: 'Invoice INV-2026-014',
      body: 'Hi Dana,\nline 2 & more',
    });
    expect(
      buildOutlookComposeUrl(
        { to: 'a@b.c', subject: '', body: '' },
        'https://outlook.live.com',
        '0',
      ),
    ).toMatch(/^https:\/\/outlook\.live\.com\/mail\/0\/deeplink\/compose\?/);
  });

  it('finds no editor when no reply is open', () => {
    expect(findOutlookCompose(mountOutlook(EN))).toBeNull();
  });

  it('finds the inline reply editor and its frame (the one holding Send) and fills it', () => {
    const doc = mountOutlook(EN_REPLY);
    const compose = findOutlookCompose(doc);
    expect(compose?.body.getAttribute('role')).toBe('textbox');
    expect(compose?.container.querySelector("[data-testid='ComposeSendButton']")).not.toBeNull();
    expect(insertDraft(compose!, { subject: 'x', body: 'Hi Dana,\n\nA friendly reminder.' })).toBe(
      true,
    );
    expect(compose?.body.textContent).toContain('A friendly reminder.');
  });

  it('counts a reply as sent only after Send, not when it is discarded', async () => {
    const doc = mountOutlook(EN_REPLY);
    const compose = findOutlookCompose(doc)!;
    const discarded = outlookAdapter.watchSent(compose, new AbortController().signal);
    compose.container.remove();
    expect(await discarded).toBe(false);

    const doc2 = mountOutlook(EN_REPLY);
    const compose2 = findOutlookCompose(doc2)!;
    const sent = outlookAdapter.watchSent(compose2, new AbortController().signal);
    const send = compose2.container.querySelector<HTMLElement>(
      "[data-testid='ComposeSendButton']",
    )!;
    send.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    compose2.container.remove();
    expect(await sent).toBe(true);
  });
});
