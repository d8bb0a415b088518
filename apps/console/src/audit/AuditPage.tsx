import { useState } from 'react';
import { type ScorecardInterval } from '../api/audit-types';
import { AuditFilters } from './AuditFilters';
import { ConformanceSection } from './ConformanceSection';
import { ExportButtons } from './ExportButtons';
import { ScorecardSection } from './ScorecardSection';
import { useAuditSelection } from './useAuditSelection';
import { VerificationSection } from './VerificationSection';

/**
 * The executive's audit (issue 11): how policy played out, per policy version and
 * over time, and the proof that the record is intact. Read-only by design: the
 * only buttons fetch exports.
 */
export function AuditPage() {
  const [selection, select] = useAuditSelection();
  const [interval, setInterval] = useState<ScorecardInterval>('day');
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h1>Audit</h1>
        <ExportButtons />
      </div>
      <p className="hint">
        Read-only. Figures are percentiles (p50, p90), each naming the two moments it is measured
        between.
      </p>
      <AuditFilters selection={selection} onChange={select} />
      <ConformanceSection selection={selection} />
      <ScorecardSection selection={selection} interval={interval} onIntervalChange={setInterval} />
      <VerificationSection />
    </div>
  );
}
