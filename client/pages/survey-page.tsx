import { useEffect, useState } from 'react';
import { PageHeading } from '../components/page-heading.tsx';
import { fetchSurvey, type SurveyLoad } from '../lib/api.ts';
import { clearDraft } from '../lib/draft-store.ts';
import { pageTitle } from '../lib/site.ts';
import { OpenSurvey } from '../questionnaire/open-survey.tsx';
import { loadSurveyRuntime } from '../questionnaire/use-survey-runtime.ts';
import { EmbedContext, PageFrame } from './page-frame.tsx';
import { SurveyStatus, surveyStatusTitle } from './survey-status.tsx';

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
  const survey = load?.kind === 'found' ? load.survey : undefined;

  useEffect(() => {
    // Answers to a closed questionnaire can never be sent; do not leave them on a shared device.
    if (survey?.availability === 'closed') clearDraft(survey.slug);
  }, [survey]);

  if (!load) {
    return (
      <PageFrame title={pageTitle('Loading questionnaire')}>
        <PageHeading className="visually-hidden">Loading questionnaire</PageHeading>
        <p className="body delayed-appear" role="status">
          Loading the questionnaire…
        </p>
      </PageFrame>
    );
  }
  if (load.kind === 'not_found') {
    return (
      <PageFrame title={pageTitle('Questionnaire not found')}>
        <PageHeading>We can't find this questionnaire</PageHeading>
        <p className="body-l">Check the link you were sent. It may be mistyped or cut short.</p>
        <p className="body">
          If the link still does not work, ask the person or group who sent it to you for a new one.
        </p>
        <p className="body">
          <a href="/">See questionnaires that are open now</a>
        </p>
      </PageFrame>
    );
  }
  if (load.kind === 'failed') {
    return (
      <PageFrame title={pageTitle('Error: the questionnaire did not load')}>
        <PageHeading focusOnMount={retried}>Sorry, the questionnaire did not load</PageHeading>
        <p className="body-l">
          This might be a problem with your internet connection, or with our website.
        </p>
        <p className="body">Check you are connected to the internet, then try again.</p>
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </PageFrame>
    );
  }
  const { survey: found } = load;
  if (found.availability === 'open') return <OpenSurvey survey={found} />;
  return (
    <PageFrame title={surveyStatusTitle(found.availability, found)}>
      <SurveyStatus kind={found.availability} survey={found} />
    </PageFrame>
  );
}
