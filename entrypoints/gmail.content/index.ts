import { defineContentScript } from '#imports';
import { gmailAdapter } from '@/utils/webmail/gmail/adapter';
import { startThreadWatcher } from '@/utils/webmail/watcher';

// Examples: https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGxq…, …/#label/Clients/…
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startThreadWatcher(ctx, gmailAdapter);
  },
});
