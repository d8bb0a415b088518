import { type ChartSeries } from './BarChart';

/** The numbers behind a chart, for screen readers (the picture says the same). */
export function ChartTable(props: {
  title: string;
  categories: string[];
  series: ChartSeries[];
  xAxisLabel: string;
  formatValue: (value: number) => string;
}) {
  return (
    <table className="visually-hidden">
      <caption>{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">{props.xAxisLabel}</th>
          {props.series.map((each) => (
            <th scope="col" key={each.name}>
              {each.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.categories.map((category, index) => (
          <tr key={category}>
            <th scope="row">{category}</th>
            {props.series.map((each) => {
              const value = each.values[index] ?? null;
              return (
                <td key={each.name}>{value === null ? 'no data' : props.formatValue(value)}</td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
