import { fewerThan, formatCount, formatInterval, formatPercent } from '../format.ts';
import { CaptionedTable } from './captioned-table.tsx';
import { type FigureRow, isSuppressed } from './figure-rows.ts';

interface FigureTableProps {
  caption: string;
  /** What the first column lists: "Answer", "Statement", "Theme". */
  rowHeading: string;
  countHeading: string;
  rows: FigureRow[];
  k: number;
}

export function FigureTable({ caption, rowHeading, countHeading, rows, k }: FigureTableProps) {
  const anyHidden = rows.some((row) => isSuppressed(row.figure));
  return (
    <>
      <CaptionedTable
        caption={caption}
        columns={[
          { label: rowHeading },
          { label: countHeading, numeric: true },
          { label: 'Percentage', numeric: true },
          { label: '95% interval', numeric: true },
        ]}
      >
        {rows.map(({ key, label, figure, n, href }) => (
          <tr key={key}>
            <th scope="row" className="table__row-heading">
              {href ? (
                <a href={href}>
                  {label}
                  <span className="visually-hidden">: read the answers</span>
                </a>
              ) : (
                label
              )}
            </th>
            {isSuppressed(figure) ? (
              <>
                <td className="table__numeric">{fewerThan(k)}</td>
                <td className="table__numeric">Not shown</td>
                <td className="table__numeric">Not shown</td>
              </>
            ) : (
              <>
                <td className="table__numeric">
                  {formatCount(figure.count)}
                  {n !== undefined && ` of ${formatCount(n)}`}
                </td>
                <td className="table__numeric">{formatPercent(figure.percent)}</td>
                <td className="table__numeric">{formatInterval(figure.ci)}</td>
              </>
            )}
          </tr>
        ))}
      </CaptionedTable>
      {anyHidden && (
        <p className="body-s">
          “{fewerThan(k)}” marks figures hidden to protect small groups. A few of them may be larger
          but are hidden because they would let someone work out a smaller one.
        </p>
      )}
    </>
  );
}
