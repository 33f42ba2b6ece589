// Every publication of the survey, newest first: when, how many questions and responses, and when
// it was taken down or replaced.
import type { PublicationInfo } from '../../../server/publication-contracts.ts';
import { TableScroll } from '../table-scroll.tsx';
import { longDay } from './publication-words.ts';

export function PublicationHistory({ history }: { history: PublicationInfo[] }) {
  if (history.length === 0) return null;
  return (
    <>
      <h2 className="heading-m">Earlier publications</h2>
      <TableScroll label="Earlier publications">
        <table className="table">
          <caption className="visually-hidden">Every publication, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Published</th>
              <th scope="col">Questions</th>
              <th scope="col">Responses counted</th>
              <th scope="col">Taken down</th>
            </tr>
          </thead>
          <tbody>
            {history.map((p, i) => (
              <tr key={p.number}>
                <th scope="row">{longDay(p.publishedOn)}</th>
                <td>{p.questions.length}</td>
                <td>{p.responses.toLocaleString('en-GB')}</td>
                <td>
                  {p.unpublishedOn
                    ? longDay(p.unpublishedOn)
                    : i === 0
                      ? 'Published now'
                      : 'Replaced'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
