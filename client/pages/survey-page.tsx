import { useEffect, useMemo, useState } from 'react';
import type { PublicSurvey } from '../../server/contracts.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { fetchSurvey, type SurveyLoad } from '../lib/api.ts';
import { clearDraft, loadDraft } from '../lib/draft-store.ts';
import { pageTitle } from '../lib/site.ts';
import { translator } from '../lib/ui-text.ts';
import { LanguagePicker } from '../questionnaire/language-picker.tsx';
import { OpenSurvey } from '../questionnaire/open-survey.tsx';
import {
  initialLocale,
  localisedTitle,
  useDocumentLanguage,
} from '../questionnaire/survey-locale.ts';
import { UiTextContext, useUiText } from '../questionnaire/ui-text-context.tsx';
import { loadSurveyRuntime } from '../questionnaire/use-survey-runtime.ts';
import { EmbedContext, PageFrame } from './page-frame.tsx';
import { SurveyStatus, type SurveyStatusKind, surveyStatusTitle } from './survey-status.tsx';

function useSurveyLoad(slug: string) {
  const [attempt, setAttempt] = useState(0);
  const [load, setLoad] = useState<SurveyLoad | undefined>();
  useEffect(() => {
    // Fetch survey-core alongside the questionnaire rather than after it.
    loadSurveyRuntime().catch(() => undefined);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt re-runs the fetch on "Try again"
  useEffect(() => {
    let live = true;
    setLoad(undefined);
    fetchSurvey(slug).then((result) => live && setLoad(result));
    return () => {
      live = false;
    };
  }, [slug, attempt]);
  return { load, retry: () => setAttempt((n) => n + 1), retried: attempt > 0 };
}

export function SurveyPage({ slug, embed = false }: { slug: string; embed?: boolean }) {
  return (
    <EmbedContext.Provider value={embed}>
      <SurveyPageContent slug={slug} />
    </EmbedContext.Provider>
  );
}

function SurveyPageContent({ slug }: { slug: string }) {
  const { load, retry, retried } = useSurveyLoad(slug);
  const t = useUiText();
  const survey = load?.kind === 'found' ? load.survey : undefined;

  useEffect(() => {
    // Answers to a closed questionnaire can never be sent; do not leave them on a shared device.
    if (survey?.availability === 'closed') clearDraft(survey.slug);
  }, [survey]);

  if (!load) {
    return (
      <PageFrame title={pageTitle(t('load.heading'))}>
        <PageHeading className="visually-hidden">{t('load.heading')}</PageHeading>
        <p className="body delayed-appear" role="status">
          {t('load.body')}
        </p>
      </PageFrame>
    );
  }
  if (load.kind === 'not_found') {
    return (
      <PageFrame title={pageTitle(t('title.notFound'))}>
        <PageHeading>{t('notFound.heading')}</PageHeading>
        <p className="body-l">{t('notFound.lead')}</p>
        <p className="body">{t('notFound.body')}</p>
        <p className="body">
          <a href="/">{t('notFound.link')}</a>
        </p>
      </PageFrame>
    );
  }
  if (load.kind === 'failed') {
    return (
      <PageFrame title={pageTitle(t('title.loadFailed'))}>
        <PageHeading focusOnMount={retried}>{t('loadFailed.heading')}</PageHeading>
        <p className="body-l">{t('loadFailed.lead')}</p>
        <p className="body">{t('loadFailed.body')}</p>
        <button type="button" className="button" onClick={retry}>
          {t('loadFailed.retry')}
        </button>
      </PageFrame>
    );
  }
  const { survey: found } = load;
  if (found.availability === 'open') return <OpenSurvey survey={found} />;
  return <ClosedSurvey survey={found} kind={found.availability} />;
}

/** A survey that cannot be answered now, explained in the parent's language. */
function ClosedSurvey({ survey, kind }: { survey: PublicSurvey; kind: SurveyStatusKind }) {
  // Read before the draft of a closed survey is cleared: the language the parent chose.
  const [locale, setLocale] = useState(() => initialLocale(survey, loadDraft(survey.slug)));
  const t = useMemo(() => translator(survey, locale), [survey, locale]);
  useDocumentLanguage(locale);
  const title = localisedTitle(survey, locale);
  return (
    <UiTextContext.Provider value={t}>
      <PageFrame title={surveyStatusTitle(kind, title, t)}>
        <LanguagePicker locales={survey.locales} locale={locale} onChange={setLocale} />
        <SurveyStatus kind={kind} survey={survey} title={title} locale={locale} />
      </PageFrame>
    </UiTextContext.Provider>
  );
}
