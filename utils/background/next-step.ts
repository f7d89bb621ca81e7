/** The advisor's next step, shortened for a notification. */
import type { FirmlyDB } from '@/utils/db/database';
import type { NextStep } from '@/utils/followups/notice';

export async function nextStepForNotification(_db: FirmlyDB, _clientId: string, _now: Date): Promise<NextStep | null> {
  return null;
}
