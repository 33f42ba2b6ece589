import { fewerThan, formatCount, formatPercent } from '../format.ts';
import { type FigureRow, isSuppressed } from './figure-rows.ts';

interface BarChartProps {
  caption: string;
  rows: FigureRow[];
  k: number;
}

/**
 * Horizontal bars drawn with CSS. Every bar carries its figure as text, so nothing depends on
 * seeing the bar or its colour, and the chart reflows on a narrow screen.
 */
export function BarChart({ caption, rows, k }: BarChartProps) {
  return (
    <figure className="bar-chart">
      <figcaption className="bar-chart__caption">{caption}</figcaption>
      <ul className="bar-chart__list">
        {rows.map((row) => (
          <li key={row.key} className="bar-chart__item">
            <span className="bar-chart__label">{row.label}</span>
            {isSuppressed(row.figure) ? (
              <span className="bar-chart__value bar-chart__value--hidden">{fewerThan(k)}</span>
            ) : (
              <span className="bar-chart__bar-line">
                <span className="bar-chart__track" aria-hidden="true">
                  <span
                    className="bar-chart__bar"
                    style={{ width: `${Math.min(100, Math.max(0, row.figure.percent))}%` }}
                  />
                </span>
                <span className="bar-chart__value">
                  {formatPercent(row.figure.percent)}{' '}
                  <span className="bar-chart__count">({formatCount(row.figure.count)})</span>
                </span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </figure>
  );
}
