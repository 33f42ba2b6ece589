// The pages for a questionnaire that cannot be answered now, in the parent's language.
import type { PublicSurvey } from '../../server/contracts.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { formatLondonDateIn } from '../lib/london-date.ts';
import { pageTitle } from '../lib/site.ts';
import { DEFAULT_LOCALE, htmlLang, type Translate } from '../lib/ui-text.ts';
import { useUiText } from '../questionnaire/ui-text-context.tsx';

export type SurveyStatusKind = 'not_yet_open' | 'closed' | 'unavailable';

type StatusSurvey = Pick<PublicSurvey, 'opensAt' | 'closesAt' | 'unavailableReason'>;

const HEADINGS = {
  not_yet_open: 'status.notYetOpen.heading',
  closed: 'status.closed.heading',
  unavailable: 'status.unavailable.heading',
} as const;

/** title: the survey's title in the parent's language. */
export function surveyStatusTitle(kind: SurveyStatusKind, title: string, t: Translate): string {
  return pageTitle(t(HEADINGS[kind]), title);
}

function opensInFuture(opensAt: string | null): opensAt is string {
  return !!opensAt && Date.parse(opensAt) > Date.now();
}

interface StatusProps {
  kind: SurveyStatusKind;
  survey: StatusSurvey;
  locale: string;
}

function StatusBody({ kind, survey, locale }: StatusProps) {
  const t = useUiText();
  const tag = htmlLang(locale);
  if (kind === 'not_yet_open') {
    return opensInFuture(survey.opensAt) ? (
      <>
        <p className="body-l">
          {t('status.notYetOpen.opens', { date: formatLondonDateIn(tag, survey.opensAt, true) })}
        </p>
        <p className="body">{t('status.notYetOpen.comeBack')}</p>
      </>
    ) : (
      <p className="body-l">{t('status.notYetOpen.later')}</p>
    );
  }
  if (kind === 'closed') {
    const closedOn =
      survey.closesAt && Date.parse(survey.closesAt) <= Date.now() ? survey.closesAt : undefined;
    return (
      <>
        <p className="body-l">
          {closedOn
            ? t('status.closed.leadOn', { date: formatLondonDateIn(tag, closedOn, false) })
            : t('status.closed.lead')}
        </p>
        <p className="body">{t('status.closed.body')}</p>
      </>
    );
  }
  // The server explains why in English, which only the default language can show as it is.
  const reason = locale === DEFAULT_LOCALE ? survey.unavailableReason : undefined;
  return (
    <>
      <p className="body-l">{reason ?? t('status.unavailable.lead')}</p>
      <p className="body">{t('status.unavailable.body')}</p>
    </>
  );
}

export function SurveyStatus({
  kind,
  survey,
  title,
  locale,
  focusHeading = false,
}: StatusProps & { title: string; focusHeading?: boolean }) {
  const t = useUiText();
  return (
    <>
      <p className="caption">{title}</p>
      <PageHeading focusOnMount={focusHeading}>{t(HEADINGS[kind])}</PageHeading>
      <StatusBody kind={kind} survey={survey} locale={locale} />
      <p className="body">
        <a href="/">{t('status.otherSurveys')}</a>
      </p>
    </>
  );
}
