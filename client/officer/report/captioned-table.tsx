import { type ReactNode, useContext } from 'react';
import { TableScroll } from '../table-scroll.tsx';
import { ReportGroupContext } from './report-group-context.ts';

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

/** A report table: a caption, column headers, and a box that scrolls on a narrow screen. */
export function CaptionedTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: TableColumn[];
  children: ReactNode;
}) {
  const group = useContext(ReportGroupContext);
  return (
    <TableScroll label={group ? `${caption} (${group})` : caption}>
      <table className="table">
        <caption className="table__caption table__caption--s">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={column.numeric ? 'table__numeric' : undefined}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
