import { SignOffWaiting } from '../../officer/sign-off-waiting.tsx';
import { useLoad } from '../../officer/use-load.ts';
import { fetchSurveys, type OfficerSurvey } from '../designer-api.ts';
import { type Account, canEdit, DesignerLayout } from '../designer-layout.tsx';
import { editorPath, NEW_PATH } from '../designer-routes.ts';
import { LoadProblem } from './problem-page.tsx';

const STATUS_LABELS: Record<OfficerSurvey['status'], string> = {
  draft: 'Draft (never published)',
  open: 'Published',
  closed: 'Closed',
};

export function HomePage({ account }: { account: Account }) {
  const surveys = useLoad(fetchSurveys, 'surveys');
  if (surveys.kind !== 'loading' && !surveys.ok) {
    return <LoadProblem failure={surveys} account={account} />;
  }
  return (
    <DesignerLayout title="Questionnaires" account={account}>
      <h1 className="heading-xl">Questionnaires</h1>
      <SignOffWaiting />
      <p className="body">
        Build a questionnaire with the form editor, preview it as parents will see it, and publish
        it once the council and the parent carer forum have both approved it.
      </p>
      {canEdit(account.user) ? (
        <a className="button" href={NEW_PATH}>
          Create a questionnaire
        </a>
      ) : (
        <p className="inset body">
          You can look at questionnaires. To change them you need a designer account.
        </p>
      )}
      {surveys.kind === 'loading' ? (
        <p className="body" role="status">
          Loading the questionnaires…
        </p>
      ) : (
        <SurveyTable surveys={surveys.value} />
      )}
    </DesignerLayout>
  );
}

function SurveyTable({ surveys }: { surveys: OfficerSurvey[] }) {
  if (surveys.length === 0) return <p className="body">There are no questionnaires yet.</p>;
  const counted = surveys.some((s) => s.responses !== undefined);
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="table__caption">All questionnaires</caption>
        <thead>
          <tr>
            <th scope="col">Questionnaire</th>
            <th scope="col">State</th>
            <th scope="col">Series</th>
            {counted && (
              <th scope="col" className="table__numeric">
                Answers
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {surveys.map((s) => (
            <tr key={s.slug}>
              <th scope="row" className="table__row-heading">
                <a href={editorPath(s.slug)}>{s.title}</a>
              </th>
              <td>{STATUS_LABELS[s.status]}</td>
              <td>{s.series ?? '—'}</td>
              {counted && <td className="table__numeric">{s.responses ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
