/** Gmail as a webmail adapter: hash routes, its thread reader, compose and URLs. */
import type { WebmailAdapter } from '../adapter';
import { watchComposeSent } from '../sent-detect';
import { accountEmail } from './account';
import { buildComposeUrl, findOpenCompose } from './compose';
import { parseGmailRoute } from './route';
import { MESSAGE, querySelectorFirst, SEND_BUTTON, SUBJECT } from './selectors';
import { parseThread } from './thread';

/** Where the panel goes: under the subject heading, else above the first message. */
function placePanel(doc: Document, host: HTMLElement): void {
  const subject = querySelectorFirst(doc, SUBJECT);
  const anchor = subject?.closest('.ha') ?? subject?.parentElement;
  if (anchor) return anchor.after(host);
  const first = querySelectorFirst(doc, MESSAGE);
  if (first?.parentElement) return first.parentElement.prepend(host);
  (doc.querySelector('[role=main]') ?? doc.body).prepend(host);
}

export const gmailAdapter: WebmailAdapter = {
  id: 'gmail',
  conversationKey: (url) => {
    const route = parseGmailRoute(url.hash);
    return route.view === 'thread' ? route.threadId : null;
  },
  readConversation: (doc) => parseThread(doc),
  placePanel,
  findEditor: (doc) => findOpenCompose(doc),
  watchSent: (compose, signal) => watchComposeSent(compose, SEND_BUTTON, signal),
  composeUrl: (parts, location) =>
    buildComposeUrl({
      ...parts,
      account: /\/mail\/u\/(\d+)/.exec(location.pathname)?.[1] ?? '0',
    }),
  pageOwnEmails: (doc) => {
    const own = accountEmail(doc);
    return own ? [own] : [];
  },
};
