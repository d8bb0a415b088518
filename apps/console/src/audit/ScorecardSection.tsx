import { SCORECARD_INTERVALS, type ScorecardInterval } from '../api/audit-types';
import { describeFailure } from '../api/problem';
import { type AuditSelection, useScorecard } from './audit-queries';
import { BarChart } from './charts/BarChart';
import { BUSINESS_HOURS_NOTE } from './figure-labels';
import { scorecardCharts } from './scorecard-charts';

const INTERVAL_NAMES: Record<ScorecardInterval, string> = {
  day: 'By day',
  week: 'By week',
  month: 'By month',
};

/** The headline measures over time, one chart each. */
export function ScorecardSection(props: {
  selection: AuditSelection;
  interval: ScorecardInterval;
  onIntervalChange: (interval: ScorecardInterval) => void;
}) {
  const scorecard = useScorecard(props.selection, props.interval);
  const periods = scorecard.data?.periods ?? [];
  return (
    <section className="card stack" aria-labelledby="scorecard-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="scorecard-title">Scorecard</h2>
        <label>
          Interval
          <select
            value={props.interval}
            onChange={(event) => props.onIntervalChange(event.target.value as ScorecardInterval)}
          >
            {SCORECARD_INTERVALS.map((interval) => (
              <option key={interval} value={interval}>
                {INTERVAL_NAMES[interval]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {scorecard.isPending && <p role="status">Loading the scorecard…</p>}
      {scorecard.isError && (
        <p className="error" role="alert">
          {describeFailure(scorecard.error)}
        </p>
      )}
      {scorecard.data && periods.length === 0 && <p>No incidents were opened in this selection.</p>}
      {periods.length > 0 && <p className="hint">{BUSINESS_HOURS_NOTE}</p>}
      {periods.length > 0 && (
        <div
          className="chart-grid"
          style={{
            display: 'grid',
            gap: '1rem',
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 440px), 1fr))',
          }}
        >
          {scorecardCharts(periods, props.interval).map((chart) => (
            <BarChart key={chart.title} {...chart} />
          ))}
        </div>
      )}
    </section>
  );
}
