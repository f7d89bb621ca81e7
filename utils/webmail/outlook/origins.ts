/**
 * The Outlook on the web origins Firmly runs on (issue 12), and nothing wider: Microsoft 365
 * (outlook.office.com, outlook.office365.com, and its current address outlook.cloud.microsoft)
 * and Outlook.com (outlook.live.com). The content script's `matches` and any origin binding of
 * content-script messages should use this one list.
 */
export const OUTLOOK_ORIGINS = [
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.cloud.microsoft',
  'https://outlook.live.com',
] as const;

/** Match patterns for the manifest (`https://outlook.office.com/*`, …). */
export const OUTLOOK_MATCHES = OUTLOOK_ORIGINS.map((o) => `${o}/*`);

/** True when `url` is on one of the Outlook on the web origins. */
export function isOutlookUrl(url: string): boolean {
  try {
    return (OUTLOOK_ORIGINS as readonly string[]).includes(new URL(url).origin);
  } catch {
    return false;
  }
}
