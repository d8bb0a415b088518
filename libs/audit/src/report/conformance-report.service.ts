import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InvalidAuditQuery } from '../audit.error';
import { type AuditFilter } from './audit-filter';
import { queryFigures } from './conformance-figures.query';
import { type ConformanceQuery, type ConformanceReport } from './conformance-report.types';
import { queryDeviations } from './deviations.query';

/** Default and largest page of deviations in one report. */
export const DEVIATIONS_PAGE = { default: 100, max: 1000 } as const;

/** Policy versus practice (issue 6 §2), computed in SQL over the audit read models. */
@Injectable()
export class ConformanceReportService {
  constructor(private readonly dataSource: DataSource) {}

  /** The figures and deviations for the filter, and optionally two policy versions side by side. */
  async report(query: ConformanceQuery): Promise<ConformanceReport> {
    const { compareVersion, deviationsLimit, deviationsOffset, ...filter } = query;
    const comparing = compareVersion !== undefined;
    if (comparing && (filter.policyKey === undefined || filter.policyVersion === undefined)) {
      throw new InvalidAuditQuery(
        'compareVersion needs policyKey and policyVersion',
        'compareVersion',
      );
    }
    const limit = Math.min(deviationsLimit ?? DEVIATIONS_PAGE.default, DEVIATIONS_PAGE.max);
    const [figures, deviations, baseline] = await Promise.all([
      queryFigures(this.dataSource, filter),
      queryDeviations(this.dataSource, filter, limit, deviationsOffset ?? 0),
      comparing
        ? queryFigures(this.dataSource, { ...filter, policyVersion: compareVersion })
        : undefined,
    ]);
    const report: ConformanceReport = { filter: criteriaOf(filter), figures, deviations };
    if (baseline) {
      report.comparison = {
        policyKey: filter.policyKey!,
        versions: [
          { policyVersion: compareVersion!, figures: baseline },
          { policyVersion: filter.policyVersion!, figures },
        ],
      };
    }
    return report;
  }
}

// Echo only the criteria that were set: the response says what it is about.
function criteriaOf(filter: AuditFilter): AuditFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined));
}
