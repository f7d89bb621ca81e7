import { describe, expect, it } from 'vitest';
import { parseGmailRoute } from '@/utils/webmail/gmail/route';

const NEW_ID = 'FMfcgzQXJGxqWcmPbnkLSmHKhvQrTzrN';
const LEGACY_ID = '1935c8a1b2c3d401';

describe('parseGmailRoute', () => {
  it.each([
    [`#inbox/${NEW_ID}`, 'thread', NEW_ID],
    [`#inbox/${LEGACY_ID}`, 'thread', LEGACY_ID],
    [`#sent/${NEW_ID}`, 'thread', NEW_ID],
    [`#all/${NEW_ID}`, 'thread', NEW_ID],
    [`#starred/${NEW_ID}`, 'thread', NEW_ID],
    [`#imp/${NEW_ID}`, 'thread', NEW_ID],
    [`#label/Clients/${NEW_ID}`, 'thread', NEW_ID],
    [`#label/Clients%2FAcme+Corp/${LEGACY_ID}`, 'thread', LEGACY_ID],
    [`#search/invoice+from%3Aacme/${NEW_ID}`, 'thread', NEW_ID],
    [`#search/${NEW_ID}/${LEGACY_ID}`, 'thread', LEGACY_ID], // a query that looks like an id
    [`#category/promotions/${NEW_ID}`, 'thread', NEW_ID],
    [`#inbox/${NEW_ID}?compose=new`, 'thread', NEW_ID], // compose floating over a thread
    ['#inbox', 'list', null],
    ['#inbox/p2', 'list', null],
    ['#sent', 'list', null],
    ['#starred', 'list', null],
    ['#all', 'list', null],
    ['#label/Clients', 'list', null],
    ['#label/Clients/p3', 'list', null],
    [`#search/${NEW_ID}`, 'list', null],
    ['#category/social', 'list', null],
    ['', 'list', null],
    ['#', 'list', null],
    ['#inbox?compose=new', 'compose', null],
    ['#drafts?compose=CllgCJTMXwhxSqtNLvdBcpkBxrpRgd', 'compose', null],
    ['#settings/general', 'other', null],
    ['#contacts', 'other', null],
    [`#settings/${NEW_ID}`, 'other', null],
  ])('%j → %s', (hash, view, threadId) => {
    expect(parseGmailRoute(hash)).toEqual({ view, threadId, account: null });
  });

  it.each([
    [`https://mail.google.com/mail/u/1/#inbox/${NEW_ID}`, 'thread', NEW_ID, '1'],
    ['https://mail.google.com/mail/u/0/#label/Clients', 'list', null, '0'],
    [
      'https://mail.google.com/mail/?authuser=anna%40studio.example#inbox',
      'list',
      null,
      'anna@studio.example',
    ],
    ['https://mail.google.com/mail/u/2/?view=cm&fs=1&to=a%40b.example', 'compose', null, '2'],
    ['https://mail.google.com/mail/#inbox', 'list', null, null],
  ])('reads the account from a full URL: %s', (url, view, threadId, account) => {
    expect(parseGmailRoute(url)).toEqual({ view, threadId, account });
  });
});
