/** The trust profile from the user's settings (pure: the background reads the settings). */
import type { UiSettings } from '@/utils/settings/schema';
import type { Approval, TrustProfile } from './model';

export function trustProfileFrom(
  ui: Pick<UiSettings, 'ownEmails' | 'billingSenders' | 'paymentSenders' | 'approvedIssuers'>,
  businessName: string,
  /** Addresses the webmail shows as the signed-in account (the settings come first). */
  accountEmails: readonly string[] = [],
): TrustProfile {
  const own = [...ui.ownEmails, ...accountEmails].map((e) => e.trim().toLowerCase());
  return {
    ownEmails: [...new Set(own)],
    billingSenders: ui.billingSenders,
    paymentSenders: ui.paymentSenders,
    issuerNames: [businessName, ...ui.approvedIssuers].filter((n) => n.trim() !== ''),
  };
}

/** The settings after remembering an approval ("always trust this sender / issuer"). */
export function withApproval<
  T extends Pick<UiSettings, 'billingSenders' | 'paymentSenders' | 'approvedIssuers'>,
>(ui: T, approval: Approval): T {
  const list = ui[approval.list];
  if (list.some((v) => v.toLowerCase() === approval.value.toLowerCase())) return ui;
  return { ...ui, [approval.list]: [...list, approval.value] };
}
