import { browser, defineBackground } from '#imports';
import { getDb } from '@/utils/db/database';
import { createHandlers } from '@/utils/background/handlers';
import { registerHandlers, unknownMessageReply } from '@/utils/background/router';
import { createFollowupService } from '@/utils/background/followup-service';
import { nextStepForNotification } from '@/utils/background/next-step';
import { invoiceNinjaPatterns, startCaptureService } from '@/utils/background/capture-service';
import { captureGranted } from '@/utils/background/capture-grants';
import { backgroundUiLanguage } from '@/utils/background/ui-language';
import { backgroundPdfReader } from '@/utils/background/pdf-runner';
import { runAfterFirstAnswer } from '@/utils/background/start-later';

// Wiring only: open the database, register validated handlers, answer unknown messages,
// reconcile follow-up alarms on every service-worker start (install, update, browser start),
// after the first answer so that the request that woke the worker is not kept waiting.
export default defineBackground(() => {
  const db = getDb();
  const followups = createFollowupService(
    db,
    (clientId, now) => nextStepForNotification(db, clientId, now),
    () => backgroundUiLanguage(),
  );
  const startLater = runAfterFirstAnswer(() => void followups.reconcile());
  registerHandlers(
    createHandlers(db, {
      hooks: followups,
      refreshFollowups: () => followups.refresh(),
      readPdfText: backgroundPdfReader(),
    }),
    {
      extensionId: browser.runtime.id,
      extensionOrigin: browser.runtime.getURL('/'),
      // Each content-script request only from the pages that run its script.
      senderPolicy: {
        extraSitePatterns: invoiceNinjaPatterns,
        captureGranted: (id) => captureGranted(id),
      },
      onHandled: startLater,
    },
  );
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = unknownMessageReply(message);
    if (!reply) return false;
    sendResponse(reply);
    return false;
  });
  // Listeners stay synchronous: MV3 delivers the waking event only to listeners added at start.
  startCaptureService();
});
