import { type Actor, sitesCover } from '@recovery/domain';

/**
 * Who is asking, as the incident library needs it: the actor recorded in event
 * metadata, the sites they may see and act on, and the correlation id that flows
 * from the HTTP request into the workflow and every event it writes.
 */
export interface Caller {
  actor: Actor;
  sites: readonly string[];
  correlationId: string;
  /** The request's Idempotency-Key: a retried command joins the first attempt's update. */
  idempotencyKey?: string;
}

/** True when the caller may see and act on incidents of `site`. */
export function canAccessSite(caller: Pick<Caller, 'sites'>, site: string): boolean {
  return sitesCover(caller.sites, site);
}
