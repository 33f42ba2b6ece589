import { Fragment } from 'react';
import { plural } from '../format.ts';
import { fetchReport } from '../officer-api.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { agreementPath, paperPath, SURVEYS_PATH } from '../officer-routes.ts';
import { BreakdownForm } from '../report/breakdown-form.tsx';
import { BreakdownGroups } from '../report/breakdown-groups.tsx';
import { ExportLinks } from '../report/export-links.tsx';
import { QuestionSection } from '../report/question-section.tsx';
import { TimelineChart } from '../report/timeline-chart.tsx';
import { CodingLink, SafeguardingLink } from '../review/review-links.tsx';
import { useLoad } from '../use-load.ts';
import { LoadProblem } from './load-problem.tsx';

interface ReportPageProps {
  account: Account;
  slug: string;
  by?: string;
}

export function ReportPage({ account, slug, by }: ReportPageProps) {
  const report = useLoad(() => fetchReport(slug, by), `${slug}?${by ?? ''}`);
  if (report.kind === 'loading') {
    return (
      <OfficerLayout title="Report" account={account}>
        <h1 className="heading-xl">Report</h1>
        <p className="body delayed-appear">Loading the report…</p>
      </OfficerLayout>
    );
  }
  if (!report.ok) return <LoadProblem failure={report} account={account} />;

  const { survey, responses, k, questions, breakdown, timeline, timelineUnit } = report.value;
  return (
    <OfficerLayout title={`Report: ${survey.title}`} account={account} wide>
      <p className="body">
        <a href={SURVEYS_PATH} className="back-link">
          All surveys
        </a>
      </p>
      <span className="caption">Report</span>
      <h1 className="heading-xl">{survey.title}</h1>
      <p className="body-l">{plural(responses, 'response', 'responses')}.</p>
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
      </ul>
      <TimelineChart timeline={timeline} unit={timelineUnit} k={k} />
      <ExportLinks slug={survey.slug} by={by} />
      <BreakdownForm questions={questions} by={breakdown?.question} />
      {breakdown ? (
        <BreakdownGroups breakdown={breakdown} questions={questions} k={k} />
      ) : (
        questions.map((q) => (
          <Fragment key={q.name}>
            <QuestionSection question={q} k={k} level={2} slug={survey.slug} />
            <CodingLink slug={survey.slug} question={q} />
          </Fragment>
        ))
      )}
    </OfficerLayout>
  );
}
