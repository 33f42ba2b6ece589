import { plural } from '../format.ts';
import { fetchReport, fetchVersions, type ReportQuery, reportSearch } from '../officer-api.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import {
  actionsPath,
  agreementPath,
  burstsPath,
  paperPath,
  publicationPath,
  SURVEYS_PATH,
} from '../officer-routes.ts';
import { BreakdownGroups } from '../report/breakdown-groups.tsx';
import { ExportLinks } from '../report/export-links.tsx';
import { LinkedChangeSection } from '../report/linked-change-section.tsx';
import { QuestionSection } from '../report/question-section.tsx';
import {
  QuestionJumps,
  questionAnchor,
  ReportContents,
  useFolding,
} from '../report/report-navigation.tsx';
import { ReportOptionsForm } from '../report/report-options-form.tsx';
import { SummarySection } from '../report/summary-section.tsx';
import { TimelineChart } from '../report/timeline-chart.tsx';
import { CodingLink, SafeguardingLink } from '../review/review-links.tsx';
import { useLoad } from '../use-load.ts';
import { LoadProblem } from './load-problem.tsx';

interface ReportPageProps {
  account: Account;
  slug: string;
  query: ReportQuery;
}

async function loadReport(slug: string, query: ReportQuery) {
  const [report, versions] = await Promise.all([fetchReport(slug, query), fetchVersions(slug)]);
  if (!report.ok) return report;
  // Without the list the page still works: it offers "all versions" alone.
  return {
    ...report,
    value: { report: report.value, versions: versions.ok ? versions.value : [] },
  };
}

export function ReportPage({ account, slug, query }: ReportPageProps) {
  const loaded = useLoad(() => loadReport(slug, query), `${slug}?${reportSearch(query)}`);
  const folding = useFolding();
  if (loaded.kind === 'loading') {
    return (
      <OfficerLayout title="Report" account={account}>
        <h1 className="heading-xl">Report</h1>
        <p className="body delayed-appear">Loading the report…</p>
      </OfficerLayout>
    );
  }
  if (!loaded.ok) return <LoadProblem failure={loaded} account={account} />;

  const { report, versions } = loaded.value;
  const { survey, responses, k, questions, breakdown, timeline, timelineUnit } = report;
  const hasSummary = !breakdown && query.version === undefined;
  return (
    <OfficerLayout title={`Report: ${survey.title}`} account={account} wide>
      <p className="body">
        <a href={SURVEYS_PATH} className="back-link">
          All surveys
        </a>
      </p>
      <span className="caption">
        {query.version === undefined ? 'Report' : `Report of version ${query.version}`}
      </span>
      <h1 className="heading-xl">{survey.title}</h1>
      <p className="body-l">
        {plural(responses, 'response', 'responses')}.
        {report.setAside
          ? ` ${plural(report.setAside, 'response', 'responses')} set aside, not counted.`
          : ''}
      </p>
      <p className="body">
        Figures about fewer than {k} people are hidden, so that no one can be identified. Quotes are
        taken from people who agreed to be quoted, with names and details removed.
      </p>
      <SafeguardingLink slug={survey.slug} />
      <ul className="list">
        <li>
          <a href={paperPath(survey.slug)}>Enter a paper or telephone response</a>
        </li>
        <li>
          <a href={agreementPath(survey.slug)}>How far the automatic themes agree with officers</a>
        </li>
        <li>
          <a href={burstsPath(survey.slug)}>Bursts and identical answers</a>
        </li>
        <li>
          <a href={actionsPath(survey.slug)}>What we will do: actions</a>
        </li>
        <li>
          <a href={publicationPath(survey.slug)}>Publish results on a public page</a>
        </li>
      </ul>
      {!breakdown && (
        <ReportContents questions={questions} hasSummary={hasSummary} folding={folding} />
      )}
      <TimelineChart timeline={timeline} unit={timelineUnit} k={k} />
      <ExportLinks slug={survey.slug} query={query} />
      {hasSummary && (
        <SummarySection
          slug={survey.slug}
          query={query}
          k={k}
          document={report.document}
          edit={report.summaryEdit}
        />
      )}
      <ReportOptionsForm
        questions={questions}
        versions={versions}
        query={query}
        k={k}
        minimumK={report.minimumK ?? k}
      />
      {breakdown ? (
        <BreakdownGroups breakdown={breakdown} questions={questions} k={k} />
      ) : (
        questions.map((q, i) => (
          <QuestionSection
            key={q.name}
            question={q}
            k={k}
            level={2}
            slug={survey.slug}
            query={query}
            anchor={questionAnchor(q.name)}
            folding={{ folded: folding.isFolded(q.name), onToggle: () => folding.toggle(q.name) }}
            footer={<QuestionJumps previous={questions[i - 1]} next={questions[i + 1]} />}
          >
            <CodingLink slug={survey.slug} question={q} />
          </QuestionSection>
        ))
      )}
      {!breakdown && <LinkedChangeSection comparison={report.comparePrevious} />}
    </OfficerLayout>
  );
}
