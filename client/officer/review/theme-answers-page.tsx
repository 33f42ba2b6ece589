import './review.css';
import { formatLondonDate } from '../../lib/london-date.ts';
import { formatCount } from '../format.ts';
import { fetchReport, type Result } from '../officer-api.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { codingPath, themeAnswersPath } from '../officer-routes.ts';
import { LoadProblem } from '../pages/load-problem.tsx';
import { useLoad } from '../use-load.ts';
import { Highlighted } from './highlight.tsx';
import { type CodedAnswer, fetchThemeAnswers, PAGE_SIZE } from './review-api.ts';
import { ReviewHeading, ReviewLoading } from './review-frame.tsx';

interface ThemeAnswersPageProps {
  account: Account;
  slug: string;
  question: string;
  theme: string;
  offset: number;
}

async function loadBoth(slug: string, question: string, theme: string, offset: number) {
  const [report, answers] = await Promise.all([
    fetchReport(slug),
    fetchThemeAnswers(slug, question, theme, offset),
  ]);
  if (!report.ok) return report;
  if (!answers.ok) return answers;
  const figure = report.value.questions.find((q) => q.name === question);
  const themeFigure = figure?.themes?.find((t) => t.id === theme);
  const value = {
    title: figure?.title ?? question,
    label: themeFigure?.label ?? theme,
    total: themeFigure && 'count' in themeFigure ? themeFigure.count : undefined,
    answers: answers.value,
  };
  return { ok: true, kind: 'ok', value } satisfies Result<typeof value>;
}

/** The words that made the tagger choose this theme; none when an officer added it by hand. */
function evidenceFor(answer: CodedAnswer, theme: string) {
  return answer.themes.filter((t) => t.id === theme && t.present).flatMap((t) => t.evidence);
}

const byOfficer = (answer: CodedAnswer, theme: string) =>
  answer.themes.some((t) => t.id === theme && t.source === 'human' && t.present);

export function ThemeAnswersPage({
  account,
  slug,
  question,
  theme,
  offset,
}: ThemeAnswersPageProps) {
  const loaded = useLoad(
    () => loadBoth(slug, question, theme, offset),
    `${slug}/${question}/${theme}/${offset}`,
  );
  if (loaded.kind === 'loading') {
    return <ReviewLoading account={account} heading="Answers about a theme" what="the answers" />;
  }
  if (!loaded.ok) return <LoadProblem failure={loaded} account={account} />;
  const { title, label, total, answers } = loaded.value;
  const heading = `Answers about “${label}”`;
  const first = offset + 1;
  const last = offset + answers.length;

  return (
    <OfficerLayout title={`${heading}: ${title}`} account={account}>
      <ReviewHeading slug={slug} title={title} heading={heading} />
      <p className="body">
        These are the answers the report counts under this theme. The highlighted words are the ones
        that led to the theme being found. If an answer is counted wrongly,{' '}
        <a href={codingPath(slug, question)}>check the coding</a>.
      </p>
      <p className="body-l">
        {answers.length === 0
          ? 'There are no more answers about this theme.'
          : `Answers ${formatCount(first)} to ${formatCount(last)}${
              total === undefined ? '' : ` of ${formatCount(total)}`
            }`}
      </p>
      <ol className="review-list" start={first}>
        {answers.map((answer, i) => (
          <li key={answer.responseId} className="review-item">
            <h2 className="heading-s">
              Answer {formatCount(first + i)}
              <span className="caption"> sent {formatLondonDate(answer.submittedAt)}</span>
            </h2>
            <blockquote className="review-item__text">
              <Highlighted text={answer.text} evidence={evidenceFor(answer, theme)} />
            </blockquote>
            {byOfficer(answer, theme) && <p className="body-s">An officer added this theme.</p>}
          </li>
        ))}
      </ol>
      <PageLinks
        slug={slug}
        question={question}
        theme={theme}
        offset={offset}
        count={answers.length}
      />
    </OfficerLayout>
  );
}

interface PageLinksProps {
  slug: string;
  question: string;
  theme: string;
  offset: number;
  count: number;
}

function PageLinks({ slug, question, theme, offset, count }: PageLinksProps) {
  const previous = offset > 0;
  const next = count === PAGE_SIZE;
  if (!previous && !next) return null;
  return (
    <nav aria-label="Pages of answers">
      <ul className="pager">
        {previous && (
          <li>
            <a href={themeAnswersPath(slug, question, theme, Math.max(0, offset - PAGE_SIZE))}>
              Previous {PAGE_SIZE}
              <span className="visually-hidden"> answers</span>
            </a>
          </li>
        )}
        {next && (
          <li>
            <a href={themeAnswersPath(slug, question, theme, offset + PAGE_SIZE)}>
              Next {PAGE_SIZE}
              <span className="visually-hidden"> answers</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
