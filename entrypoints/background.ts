import { browser, defineBackground } from '#imports';
import { getDb } from '@/utils/db/database';
import { createHandlers } from '@/utils/background/handlers';
import { registerHandlers, unknownMessageReply } from '@/utils/background/router';

// Wiring only: open the database, register validated handlers, answer unknown messages.
export default defineBackground(() => {
  const db = getDb();
  registerHandlers(createHandlers(db), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = unknownMessageReply(message);
    if (!reply) return false;
    sendResponse(reply);
    return false;
  });
});
