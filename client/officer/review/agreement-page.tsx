import './review.css';
import { formatCount, plural } from '../format.ts';
import { fetchReport, type Result } from '../officer-api.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { LEARNING_PATH } from '../officer-routes.ts';
import { LoadProblem } from '../pages/load-problem.tsx';
import { TableScroll } from '../table-scroll.tsx';
import { useLoad } from '../use-load.ts';
import { type AgreementReport, fetchAgreement, type ThemeAgreement } from './review-api.ts';
import { ReviewHeading, ReviewLoading } from './review-frame.tsx';

/** Below this many officer-coded answers with a theme, its figures say little either way. */
const FEW = 10;
/** Cohen's kappa from 0.6 is usually read as substantial agreement. */
const GOOD_KAPPA = 0.6;

async function loadBoth(slug: string) {
  const [report, agreement] = await Promise.all([fetchReport(slug), fetchAgreement(slug)]);
  if (!report.ok) return report;
  if (!agreement.ok) return agreement;
  const labels = new Map<string, string>();
  for (const q of report.value.questions) for (const t of q.themes ?? []) labels.set(t.id, t.label);
  const value = { title: report.value.survey.title, labels, agreement: agreement.value };
  return { ok: true, kind: 'ok', value } satisfies Result<typeof value>;
}

const share = (value: number) => `${Math.round(value * 100)}%`;

function verdict(a: ThemeAgreement): { text: string; check: boolean } {
  if (a.support < FEW) return { text: 'Too few coded answers to tell', check: true };
  if (a.kappa < GOOD_KAPPA) return { text: 'Check this theme by hand', check: true };
  if (a.precision < 0.7) return { text: 'May be counted too often', check: true };
  if (a.recall < 0.7) return { text: 'May be missed too often', check: true };
  return { text: 'Agrees well', check: false };
}

export function AgreementPage({ account, slug }: { account: Account; slug: string }) {
  const loaded = useLoad(() => loadBoth(slug), slug);
  const heading = 'Automatic themes compared with officers';
  if (loaded.kind === 'loading') {
    return <ReviewLoading account={account} heading={heading} what="the comparison" />;
  }
  if (!loaded.ok) return <LoadProblem failure={loaded} account={account} />;
  const { title, labels, agreement } = loaded.value;

  return (
    <OfficerLayout title={`${heading}: ${title}`} account={account} wide>
      <ReviewHeading slug={slug} title={title} heading={heading} />
      <Guidance />
      <p className="body">
        Officers’ codes also teach the automatic themes:{' '}
        <a href={LEARNING_PATH}>teach the automatic themes from officers’ codes</a>.
      </p>
      {agreement.coded === 0 ? (
        <p className="body-l">
          No answers have been coded by an officer yet. Use “Check the coding” under a question of
          the report, then come back here.
        </p>
      ) : (
        <AgreementTable agreement={agreement} labels={labels} />
      )}
    </OfficerLayout>
  );
}

function Guidance() {
  return (
    <div className="inset">
      <p className="body">
        Themes are found automatically. Where officers have checked the coding of an answer, their
        choice is compared with the automatic one:
      </p>
      <ul className="list list--bullet">
        <li>
          <strong>Precision</strong>: of the answers given the theme automatically, the share
          officers agreed with. If it is low, the report’s figure for the theme is probably too
          high.
        </li>
        <li>
          <strong>Recall</strong>: of the answers officers gave the theme, the share found
          automatically. If it is low, the figure is probably too low.
        </li>
        <li>
          <strong>Kappa</strong>: how far the two agree beyond chance, from 0 (no better than
          chance) to 1 (always). Below {GOOD_KAPPA} means the figure should be checked by hand
          before it is published.
        </li>
      </ul>
      <p className="body">
        Figures based on fewer than {FEW} coded answers with the theme say little: code more answers
        first.
      </p>
    </div>
  );
}

function AgreementTable({
  agreement,
  labels,
}: {
  agreement: AgreementReport;
  labels: Map<string, string>;
}) {
  const rows = Object.entries(agreement.themes)
    .map(([id, figures]) => ({ id, label: labels.get(id) ?? id, figures, ...verdict(figures) }))
    .sort((a, b) => Number(b.check) - Number(a.check) || a.label.localeCompare(b.label));
  return (
    <>
      <p className="body-l">
        Based on {plural(agreement.coded, 'answer', 'answers')} coded by officers. Themes to check
        come first.
      </p>
      <TableScroll label="Agreement for each theme">
        <table className="table">
          <caption className="table__caption">Agreement for each theme</caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col">What to do</th>
              <th scope="col" className="table__numeric">
                Coded with the theme
              </th>
              <th scope="col" className="table__numeric">
                Precision
              </th>
              <th scope="col" className="table__numeric">
                Recall
              </th>
              <th scope="col" className="table__numeric">
                Kappa
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="table__row-heading">
                  {row.label}
                </th>
                <td>
                  <strong className={row.check ? 'tag tag--yellow' : 'tag tag--green'}>
                    {row.text}
                  </strong>
                </td>
                <td className="table__numeric">{formatCount(row.figures.support)}</td>
                <td className="table__numeric">{share(row.figures.precision)}</td>
                <td className="table__numeric">{share(row.figures.recall)}</td>
                <td className="table__numeric">{row.figures.kappa.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
