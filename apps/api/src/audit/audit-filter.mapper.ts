import { type AuditFilter, type ConformanceQuery } from '@recovery/audit';
import { ALL_SITES } from '@recovery/domain';
import { type Caller } from '@recovery/incidents';
import { type AuditFilterQueryDto } from './dto/audit-filter-query.dto';
import { type ConformanceQueryDto } from './dto/conformance-query.dto';

/** The report filter for a query, narrowed to the sites the caller may see. */
export function toAuditFilter(query: AuditFilterQueryDto, caller: Caller): AuditFilter {
  return {
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
    site: query.site,
    category: query.category,
    policyKey: query.policyKey,
    policyVersion: query.policyVersion,
    staffId: query.staffId,
    visibleSites: caller.sites.includes(ALL_SITES) ? undefined : caller.sites,
  };
}

/** The conformance query for a request. */
export function toConformanceQuery(query: ConformanceQueryDto, caller: Caller): ConformanceQuery {
  return {
    ...toAuditFilter(query, caller),
    compareVersion: query.compareVersion,
    deviationsLimit: query.deviationsLimit,
    deviationsOffset: query.deviationsOffset,
  };
}

/** True when the caller sees every site: exports and whole-store proofs cover every site. */
export function seesEverySite(caller: Caller): boolean {
  return caller.sites.includes(ALL_SITES);
}
