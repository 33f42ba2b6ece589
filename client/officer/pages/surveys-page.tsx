import { formatCount, formatOptionalDate } from '../format.ts';
import { fetchSurveys, fetchTagging, type OfficerSurvey } from '../officer-api.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { reportPath } from '../officer-routes.ts';
import { SignOffWaiting } from '../sign-off-waiting.tsx';
import { TableScroll } from '../table-scroll.tsx';
import { TaggingStatusPanel } from '../tagging-status.tsx';
import { useLoad } from '../use-load.ts';
import { LoadProblem } from './load-problem.tsx';

const AVAILABILITY: Record<OfficerSurvey['availability'], string> = {
  open: 'Open',
  not_yet_open: 'Not open yet',
  closed: 'Closed',
  unavailable: 'Not available',
  draft: 'Draft',
};

export function SurveysPage({ account }: { account: Account }) {
  const surveys = useLoad(fetchSurveys, 'surveys');
  // Designers may list surveys but not see the queue; the list must not fail because of it.
  const tagging = useLoad(fetchTagging, 'tagging');

  if (surveys.kind === 'loading') {
    return (
      <OfficerLayout title="Surveys" account={account}>
        <h1 className="heading-xl">Surveys</h1>
        <p className="body delayed-appear">Loading the surveys…</p>
      </OfficerLayout>
    );
  }
  if (!surveys.ok) return <LoadProblem failure={surveys} account={account} />;

  return (
    <OfficerLayout title="Surveys" account={account} wide>
      <h1 className="heading-xl">Surveys</h1>
      <SignOffWaiting />
      {tagging.kind !== 'loading' && tagging.ok && <TaggingStatusPanel status={tagging.value} />}
      {surveys.value.length === 0 ? (
        <p className="body">There are no surveys yet.</p>
      ) : (
        <TableScroll label="Every survey, with its number of responses">
          <table className="table">
            <caption className="table__caption">Every survey, with its number of responses</caption>
            <thead>
              <tr>
                <th scope="col">Survey</th>
                <th scope="col">Status</th>
                <th scope="col">Opens</th>
                <th scope="col">Closes</th>
                <th scope="col" className="table__numeric">
                  Responses
                </th>
              </tr>
            </thead>
            <tbody>
              {surveys.value.map((survey) => (
                <tr key={survey.slug}>
                  <th scope="row" className="table__row-heading">
                    <a href={reportPath(survey.slug)}>
                      {survey.title}
                      <span className="visually-hidden">: report</span>
                    </a>
                    {survey.series && <span className="table__hint">Series: {survey.series}</span>}
                  </th>
                  <td>{AVAILABILITY[survey.availability]}</td>
                  <td>{formatOptionalDate(survey.opensAt)}</td>
                  <td>{formatOptionalDate(survey.closesAt)}</td>
                  <td className="table__numeric">
                    {survey.responses === undefined ? '—' : formatCount(survey.responses)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </OfficerLayout>
  );
}
