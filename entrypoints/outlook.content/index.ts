import { defineContentScript } from '#imports';
import { outlookAdapter } from '@/utils/webmail/outlook/adapter';
import { OUTLOOK_MATCHES } from '@/utils/webmail/outlook/origins';
import { startThreadWatcher } from '@/utils/webmail/watcher';

// Examples: https://outlook.office.com/mail/inbox/id/AAQkAD…, https://outlook.live.com/mail/0/id/…
export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startThreadWatcher(ctx, outlookAdapter);
  },
});
