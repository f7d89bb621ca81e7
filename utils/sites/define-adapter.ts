/** Builds a {@link SiteAdapter} from a site's URL rules and reading profile. */
import type { SiteAdapter } from './types';
import { readSiteInvoice } from './read-invoice';
import type { SiteProfile } from './profile';

/** A site's URL rules; reading is the shared reader driven by `profile`. */
export interface SiteDefinition {
  name: string;
  matches: string[];
  matchesUrl(url: URL): boolean;
  profile: SiteProfile;
}

/** An adapter whose `parse` runs the shared reader with the site's profile. */
export function defineSiteAdapter(definition: SiteDefinition): SiteAdapter {
  const { name, matches, matchesUrl, profile } = definition;
  return {
    id: profile.site,
    name,
    matches,
    matchesUrl,
    parse: (root, url) => readSiteInvoice(root, url, profile),
  };
}
