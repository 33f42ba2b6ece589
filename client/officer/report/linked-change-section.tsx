import type { LinkedComparison, LinkedCount } from '../../../analysis/report/linked-change.ts';
import { fewerThan, plural } from '../format.ts';
import { CaptionedTable } from './captioned-table.tsx';

const cell = (value: LinkedCount, k: number) =>
  'count' in value ? String(value.count) : fewerThan(k);

/**
 * How views changed among parents who linked their answers to the previous survey of the series
 * with their receipt code. Shown only when at least k did: below that, nothing is said at all.
 */
export function LinkedChangeSection({ comparison }: { comparison?: LinkedComparison }) {
  if (!comparison || !('count' in comparison.linked)) return null;
  const { k, questions } = comparison;
  return (
    <section aria-labelledby="linked-change-heading">
      <h2 className="heading-l" id="linked-change-heading">
        How views changed among the same parents
      </h2>
      <p className="body">
        {plural(comparison.linked.count, 'parent', 'parents')} linked these answers to their answers
        to the previous survey of the series, with their receipt code. We do not know who they are.
        Only questions with one answer each time are compared.
      </p>
      {questions.map((q) => (
        <div key={q.name}>
          <h3 className="heading-m">{q.title}</h3>
          <p className="body">
            Answered both times: {cell(q.answeredBoth, k)}. Same answer both times:{' '}
            {cell(q.same, k)}. Changed: {cell(q.changed, k)}.
          </p>
          {q.options.length > 0 && (
            <CaptionedTable
              caption={`${q.title}: answers before and now`}
              columns={[
                { label: 'Answer' },
                { label: 'Previous survey', numeric: true },
                { label: 'This survey', numeric: true },
              ]}
            >
              {q.options.map((o) => (
                <tr key={o.value}>
                  <th scope="row" className="table__row-heading">
                    {o.label}
                  </th>
                  <td className="table__numeric">{cell(o.before, k)}</td>
                  <td className="table__numeric">{cell(o.after, k)}</td>
                </tr>
              ))}
            </CaptionedTable>
          )}
        </div>
      ))}
    </section>
  );
}
