import { DomainError } from '@recovery/domain';

/** Decoded payloads span every site's workflows: a caller bound to some sites may not see them (403). */
export class CodecSitesForbidden extends DomainError {
  readonly code = 'codec_sites_forbidden';
  readonly kind = 'forbidden';

  constructor() {
    super('Temporal payloads cover every site: the codec needs a token for all sites ("*")');
  }
}

/** X-Namespace names a namespace whose payloads this API's keys do not seal (400). */
export class CodecNamespaceNotServed extends DomainError {
  readonly code = 'codec_namespace_not_served';
  readonly kind = 'invalid';

  constructor(asked: string, served: string) {
    super(`this codec serves Temporal namespace "${served}", not "${asked}"`, { asked, served });
  }
}
