import { DomainError } from '@recovery/domain';

/** The caller tried to open an incident at a site outside their `sites` claim. */
export class SiteForbidden extends DomainError {
  readonly code = 'site_forbidden';
  readonly kind = 'forbidden';
  constructor(site: string) {
    super(`you may not act on incidents of site ${site}`, { site });
  }
}
