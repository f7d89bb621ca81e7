/** URL tests shared by the adapters' `matchesUrl`. */

/** True for an https URL on exactly one of `hosts`. */
export function onHost(url: URL, hosts: readonly string[]): boolean {
  return url.protocol === 'https:' && hosts.includes(url.hostname.toLowerCase());
}

/** True for an https URL on `domain` or one of its subdomains. */
export function underDomain(url: URL, domain: string): boolean {
  const host = url.hostname.toLowerCase();
  return url.protocol === 'https:' && (host === domain || host.endsWith(`.${domain}`));
}

/** Path segments, without empty ones: "/i/acct_1/live_2" → ["i", "acct_1", "live_2"]. */
export function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment.length > 0);
}
