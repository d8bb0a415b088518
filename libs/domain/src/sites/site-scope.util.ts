import { SITE_PATTERN } from '../incident/field-limits';

/** Every site: a token's or a delegation's `sites: ["*"]`. */
export const ALL_SITES = '*';

/** True when `sites` (site codes, or `*` for all) covers `site`. */
export function sitesCover(sites: readonly string[], site: string): boolean {
  return sites.includes(ALL_SITES) || sites.includes(site);
}

/** One entry of a list of sites: a site code, or `*` for every site. */
export const SITE_SCOPE_PATTERN = new RegExp(`${SITE_PATTERN.source}|^\\${ALL_SITES}$`);
