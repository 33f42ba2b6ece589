import type { RowFigure, TrendPoint } from '../../../analysis/report/report-types.ts';
import { fewerThan, formatCount, formatInterval, formatPercent } from '../format.ts';
import { CaptionedTable } from './captioned-table.tsx';

/** The change from the survey before, in words: a reader must not need colour or arrows. */
export function changeText(point: TrendPoint, before: TrendPoint | undefined): string {
  if (!before) return 'No earlier survey to compare with';
  if (point.percent === undefined || before.percent === undefined) {
    return 'Not compared: a figure is hidden';
  }
  if (point.p === undefined) return 'Not compared';
  const p = `p = ${point.p < 0.001 ? '< 0.001' : point.p.toFixed(3)}`;
  if (!point.significant) return `No significant change (${p})`;
  const direction = point.percent > before.percent ? 'up' : 'down';
  return `Significant change: ${direction} from ${formatPercent(before.percent)} (${p})`;
}

interface TrendTableProps {
  /** What the figure is, for the caption: the question or the statement. */
  title: string;
  points: TrendPoint[];
  k: number;
}

/** One agreement figure in each survey of the series, oldest first, this survey last. */
export function TrendTable({ title, points, k }: TrendTableProps) {
  const caption = `Change over time: ${title}`;
  return (
    <CaptionedTable
      caption={caption}
      columns={[
        { label: 'Survey' },
        { label: 'Agree', numeric: true },
        { label: '95% interval', numeric: true },
        { label: 'Change since the survey before' },
      ]}
    >
      {points.map((point, i) => {
        const change = changeText(point, points[i - 1]);
        return (
          <tr key={point.survey}>
            <th scope="row" className="table__row-heading">
              {point.title}
              {i === points.length - 1 && ' (this survey)'}
            </th>
            {point.percent === undefined ? (
              <>
                <td className="table__numeric">{fewerThan(k)}</td>
                <td className="table__numeric">Not shown</td>
              </>
            ) : (
              <>
                <td className="table__numeric">
                  {formatPercent(point.percent)}
                  {point.n !== undefined && ` of ${formatCount(point.n)}`}
                </td>
                <td className="table__numeric">
                  {point.ci ? formatInterval(point.ci) : 'Not shown'}
                </td>
              </>
            )}
            <td className={point.significant ? 'trend-change--significant' : undefined}>
              {change}
            </td>
          </tr>
        );
      })}
    </CaptionedTable>
  );
}

interface RowTrendsProps {
  rows: RowFigure[];
  k: number;
  headingLevel: 'h3' | 'h4';
}

/** Each statement's agreement over the series, under one heading. */
export function RowTrends({ rows, k, headingLevel: Heading }: RowTrendsProps) {
  const trending = rows.filter((row) => row.trend && row.trend.length > 0);
  if (trending.length === 0) return null;
  return (
    <>
      <Heading className="heading-s">Change over time</Heading>
      {trending.map((row) => (
        <TrendTable key={row.name} title={row.title} points={row.trend ?? []} k={k} />
      ))}
    </>
  );
}
