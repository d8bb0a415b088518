import { useId } from 'react';
import { type AxisOptions, valueScale } from './chart-scale';
import { ChartTable } from './ChartTable';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface BarChartProps {
  title: string;
  /** What the bars measure, between which moments: said to screen readers too. */
  description: string;
  categories: string[];
  series: ChartSeries[];
  xAxisLabel: string;
  yAxisLabel: string;
  formatValue: (value: number) => string;
  /** How the value axis is divided (durations, shares, levels); 1-2-5 steps from 0 by default. */
  axis?: AxisOptions;
}

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 44, left: 76 };
const PLOT = {
  width: WIDTH - MARGIN.left - MARGIN.right,
  height: HEIGHT - MARGIN.top - MARGIN.bottom,
};
// Existing theme colours, so the bars follow light and dark mode with the rest.
const SERIES_COLOURS = ['var(--accent)', 'var(--risk-text)', 'var(--ok-text)', 'var(--late-text)'];
const MAX_CATEGORY_LABELS = 8;
// A lone period would otherwise be one bar as wide as the chart.
const MAX_BAR_WIDTH = 36;

/**
 * Grouped bars, one group per period, drawn as SVG. The picture is an image with a
 * name and description; the same numbers follow as a table for screen readers.
 */
export function BarChart(props: BarChartProps) {
  const id = useId();
  const scale = valueScale(
    props.series.flatMap((each) => each.values),
    PLOT.height,
    props.axis,
  );
  return (
    <figure className="chart card" aria-labelledby={`${id}-title`} style={{ margin: 0 }}>
      <figcaption id={`${id}-title`}>
        <h3>{props.title}</h3>
      </figcaption>
      <Legend series={props.series} />
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ width: '100%', height: 'auto', maxWidth: `${WIDTH}px` }}
      >
        <desc id={`${id}-desc`}>{props.description}</desc>
        <g transform={`translate(${MARGIN.left} ${MARGIN.top})`}>
          <ValueAxis ticks={scale.ticks} toPixels={scale.toPixels} format={props.formatValue} />
          <Bars {...props} toPixels={scale.toPixels} />
          <CategoryAxis categories={props.categories} />
        </g>
        <text
          x={MARGIN.left + PLOT.width / 2}
          y={HEIGHT - 4}
          textAnchor="middle"
          style={{ fill: 'var(--muted)' }}
        >
          {props.xAxisLabel}
        </text>
        <text
          transform={`translate(14 ${MARGIN.top + PLOT.height / 2}) rotate(-90)`}
          textAnchor="middle"
          style={{ fill: 'var(--muted)' }}
        >
          {props.yAxisLabel}
        </text>
      </svg>
      <ChartTable {...props} />
    </figure>
  );
}

function Legend({ series }: { series: ChartSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul
      className="chart-legend"
      aria-hidden="true"
      // Series named by their two timestamps and hours run long: let them wrap.
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.25rem 1rem',
        listStyle: 'none',
        padding: 0,
        margin: 0,
      }}
    >
      {series.map((each, index) => (
        <li key={each.name}>
          <span
            style={{
              display: 'inline-block',
              width: '0.8em',
              height: '0.8em',
              marginRight: '0.3em',
              background: SERIES_COLOURS[index % SERIES_COLOURS.length],
            }}
          />
          {each.name}
        </li>
      ))}
    </ul>
  );
}

function ValueAxis(props: {
  ticks: number[];
  toPixels: (value: number) => number;
  format: (value: number) => string;
}) {
  return (
    <g aria-hidden="true">
      {props.ticks.map((tick) => {
        const y = PLOT.height - props.toPixels(tick);
        return (
          <g key={tick}>
            <line x1={0} x2={PLOT.width} y1={y} y2={y} style={{ stroke: 'var(--border)' }} />
            <text
              x={-6}
              y={y + 4}
              textAnchor="end"
              style={{ fill: 'var(--text)', fontSize: '12px' }}
            >
              {props.format(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Bars(props: BarChartProps & { toPixels: (value: number) => number }) {
  const groupWidth = PLOT.width / Math.max(1, props.categories.length);
  const barWidth = Math.min(MAX_BAR_WIDTH, (groupWidth * 0.8) / props.series.length);
  const groupInset = (groupWidth - barWidth * props.series.length) / 2;
  return (
    <g aria-hidden="true">
      {props.categories.map((category, index) =>
        props.series.map((each, position) => {
          const value = each.values[index] ?? null;
          if (value === null) return null;
          const height = props.toPixels(value);
          return (
            <rect
              key={`${category}-${each.name}`}
              x={index * groupWidth + groupInset + position * barWidth}
              y={PLOT.height - height}
              width={Math.max(1, barWidth - 1)}
              height={height}
              style={{ fill: SERIES_COLOURS[position % SERIES_COLOURS.length] }}
            >
              <title>{`${category}, ${each.name}: ${props.formatValue(value)}`}</title>
            </rect>
          );
        }),
      )}
    </g>
  );
}

function CategoryAxis({ categories }: { categories: string[] }) {
  const groupWidth = PLOT.width / Math.max(1, categories.length);
  const every = Math.ceil(categories.length / MAX_CATEGORY_LABELS);
  return (
    <g aria-hidden="true">
      <line
        x1={0}
        x2={PLOT.width}
        y1={PLOT.height}
        y2={PLOT.height}
        style={{ stroke: 'var(--muted)' }}
      />
      {categories.map((category, index) =>
        index % every === 0 ? (
          <text
            key={category}
            x={index * groupWidth + groupWidth / 2}
            y={PLOT.height + 16}
            textAnchor="middle"
            style={{ fill: 'var(--text)', fontSize: '12px' }}
          >
            {category}
          </text>
        ) : null,
      )}
    </g>
  );
}
