import { type ConformanceFigures, type ConformanceReport } from '../api/audit-types';
import { describeFailure } from '../api/problem';
import { type AuditSelection, useConformanceReport } from './audit-queries';
import { CONFORMANCE_SECTIONS, MEASURED_SPANS } from './conformance-rows';
import { BUSINESS_HOURS_NOTE } from './figure-labels';
import { DeviationsList } from './DeviationsList';

interface Column {
  name: string;
  figures: ConformanceFigures;
}

/** Policy versus practice for the selection, two versions side by side when asked. */
export function ConformanceSection({ selection }: { selection: AuditSelection }) {
  const report = useConformanceReport(selection);
  return (
    <section className="card stack" aria-labelledby="conformance-title">
      <h2 id="conformance-title">Conformance</h2>
      {report.isPending && <p role="status">Loading the report…</p>}
      {report.isError && (
        <p className="error" role="alert">
          {describeFailure(report.error)}
        </p>
      )}
      {report.data && (
        <>
          <FiguresTable columns={columnsOf(report.data, selection)} />
          <p className="hint">Durations measured: {MEASURED_SPANS.join('; ')}.</p>
          <p className="hint">{BUSINESS_HOURS_NOTE}</p>
          <DeviationsList deviations={report.data.deviations} />
        </>
      )}
    </section>
  );
}

function columnsOf(report: ConformanceReport, selection: AuditSelection): Column[] {
  if (report.comparison) {
    return report.comparison.versions.map((each) => ({
      name: `${report.comparison!.policyKey} v${each.policyVersion}`,
      figures: each.figures,
    }));
  }
  const name = selection.policyKey
    ? `${selection.policyKey} ${selection.policyVersion ? `v${selection.policyVersion}` : 'all versions'}`
    : 'All policies';
  return [{ name, figures: report.figures }];
}

function FiguresTable({ columns }: { columns: Column[] }) {
  return (
    <table>
      <caption className="visually-hidden">Conformance figures by policy version</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          {columns.map((column) => (
            <th scope="col" key={column.name}>
              {column.name}
            </th>
          ))}
        </tr>
      </thead>
      {CONFORMANCE_SECTIONS.map((section) => (
        <tbody key={section.title}>
          <tr>
            <th scope="colgroup" colSpan={columns.length + 1}>
              <h3 style={{ margin: '0.5rem 0 0' }}>{section.title}</h3>
            </th>
          </tr>
          {section.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" style={{ fontWeight: 400 }}>
                {row.label}
              </th>
              {columns.map((column) => (
                <td key={column.name}>{row.value(column.figures)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
