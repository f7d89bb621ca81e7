/** Outlook on the web as a webmail adapter. */
import type { WebmailAdapter } from '../adapter';
import { querySelectorFirst } from '../query';
import { watchComposeSent } from '../sent-detect';
import { buildOutlookComposeUrl, findOutlookCompose } from './compose';
import { isOutlookUrl } from './origins';
import { parseOutlookRoute } from './route';
import { CONVERSATION, READING_PANE, SEND_BUTTON, SUBJECT } from './selectors';
import { parseOutlookConversation } from './thread';

/** Above the conversation's messages, under the subject; else at the top of the pane. */
function placePanel(doc: Document, host: HTMLElement): void {
  const pane = querySelectorFirst(doc, READING_PANE);
  const conversation = pane && querySelectorFirst(pane, CONVERSATION);
  if (conversation?.parentElement) return conversation.before(host);
  const subject = pane && querySelectorFirst(pane, SUBJECT);
  if (subject?.parentElement) return subject.after(host);
  (pane ?? doc.body).prepend(host);
}

/** Own address from Microsoft's account control (`#mectrl_currentAccount_secondary`), if shown. */
function pageOwnEmails(doc: Document): string[] {
  const text = doc.querySelector('#mectrl_currentAccount_secondary')?.textContent ?? '';
  const m = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(text);
  return m ? [m[0].toLowerCase()] : [];
}

export const outlookAdapter: WebmailAdapter = {
  id: 'outlook',
  conversationKey: (url) => {
    if (!isOutlookUrl(url.href)) return null;
    const route = parseOutlookRoute(url.pathname);
    return route.view === 'item' ? route.itemId : null;
  },
  readConversation: (doc) => parseOutlookConversation(doc),
  placePanel,
  findEditor: (doc) => findOutlookCompose(doc),
  watchSent: (compose, signal) => watchComposeSent(compose, SEND_BUTTON, signal),
  composeUrl: (parts, location) =>
    buildOutlookComposeUrl(parts, location.origin, parseOutlookRoute(location.pathname).mailbox),
  pageOwnEmails,
};
