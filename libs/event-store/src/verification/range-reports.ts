import { type VerifyReport } from './verify-report';

/**
 * The report one walk over all the ranges, in order, would have given: counts add up
 * until the first range with a broken link, whose partial counts end the sum, so the
 * figures and the link named do not depend on how the store was split.
 */
export function mergeRangeReports(reports: readonly VerifyReport[]): VerifyReport {
  const merged: VerifyReport = { ok: true, streams: 0, events: 0, erasedPersonalData: 0 };
  for (const report of reports) {
    merged.streams += report.streams;
    merged.events += report.events;
    merged.erasedPersonalData += report.erasedPersonalData;
    if (report.broken) return { ...merged, ok: false, broken: report.broken };
  }
  return merged;
}
