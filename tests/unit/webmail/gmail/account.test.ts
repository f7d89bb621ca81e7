// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { accountEmail } from '@/utils/webmail/gmail/account';

const titled = (title: string) => {
  document.title = title;
  return accountEmail(document);
};

describe('accountEmail (issue 11, finding 8)', () => {
  it.each([
    [
      'Re: access request from bob@client.example - ana@studio.example - Gmail',
      'ana@studio.example',
    ],
    ['Inbox (3) - Ana@Studio.example - Gmail', 'ana@studio.example'],
    ['Invoice for bob@client.example – ana@studio.example – Gmail', 'ana@studio.example'],
    ['Gmail', null],
    ['bob@client.example wrote - Gmail', null],
  ])('%s → %s', (title, own) => {
    expect(titled(title)).toBe(own);
  });
});
