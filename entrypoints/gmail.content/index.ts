import { defineContentScript } from '#imports';
import { startThreadWatcher } from './thread-watcher';

// Examples: https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGxq…, …/#label/Clients/…
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startThreadWatcher(ctx);
  },
});
