import type { PublicSurvey } from '../../server/contracts.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { formatLondonDate, formatLondonDateTime } from '../lib/london-date.ts';
import { pageTitle } from '../lib/site.ts';

export type SurveyStatusKind = 'not_yet_open' | 'closed' | 'unavailable';

type StatusSurvey = Pick<PublicSurvey, 'title' | 'opensAt' | 'closesAt' | 'unavailableReason'>;

const HEADINGS: Record<SurveyStatusKind, string> = {
  not_yet_open: 'This questionnaire is not open yet',
  closed: 'This questionnaire has closed',
  unavailable: 'You cannot answer this questionnaire online',
};

export function surveyStatusTitle(kind: SurveyStatusKind, survey: StatusSurvey): string {
  return pageTitle(HEADINGS[kind], survey.title);
}

function opensInFuture(opensAt: string | null): opensAt is string {
  return !!opensAt && Date.parse(opensAt) > Date.now();
}

function StatusBody({ kind, survey }: { kind: SurveyStatusKind; survey: StatusSurvey }) {
  if (kind === 'not_yet_open') {
    return opensInFuture(survey.opensAt) ? (
      <>
        <p className="body-l">It opens on {formatLondonDateTime(survey.opensAt)}.</p>
        <p className="body">Please come back then, using the same link.</p>
      </>
    ) : (
      <p className="body-l">It is not taking answers at the moment. Please try again later.</p>
    );
  }
  if (kind === 'closed') {
    const closedOn =
      survey.closesAt && Date.parse(survey.closesAt) <= Date.now()
        ? ` on ${formatLondonDate(survey.closesAt)}`
        : '';
    return (
      <>
        <p className="body-l">It closed{closedOn} and is no longer taking answers.</p>
        <p className="body">
          Thank you for your interest. We read every answer we received, and we will publish what
          people told us and what we are doing about it.
        </p>
      </>
    );
  }
  return (
    <>
      <p className="body-l">
        {survey.unavailableReason ?? 'This questionnaire cannot be answered on this website.'}
      </p>
      <p className="body">
        Please contact the team that sent you the link. They can tell you other ways to give your
        views.
      </p>
    </>
  );
}

export function SurveyStatus({
  kind,
  survey,
  focusHeading = false,
}: {
  kind: SurveyStatusKind;
  survey: StatusSurvey;
  focusHeading?: boolean;
}) {
  return (
    <>
      <p className="caption">{survey.title}</p>
      <PageHeading focusOnMount={focusHeading}>{HEADINGS[kind]}</PageHeading>
      <StatusBody kind={kind} survey={survey} />
      <p className="body">
        <a href="/">See other questionnaires you can answer</a>
      </p>
    </>
  );
}
