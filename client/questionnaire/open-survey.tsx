import { useState } from 'react';
import type { PublicSurvey } from '../../server/contracts.ts';
import { Layout } from '../components/layout.tsx';
import { clearDraft, hasProgress, loadDraft } from '../lib/draft-store.ts';
import { pageTitle } from '../lib/site.ts';
import { SurveyStatus, surveyStatusTitle } from '../pages/survey-status.tsx';
import type { FlowView } from './flow-view.ts';
import { NoticeView } from './notice-view.tsx';
import { QuestionnaireView } from './questionnaire-view.tsx';
import { FailedView, InvalidView, RejectedView, SendingView } from './submission-views.tsx';
import { ThankYouView } from './thank-you-view.tsx';
import { type PageInfo, useQuestionnaire } from './use-questionnaire.ts';
import { useSubmission } from './use-submission.ts';

function titleFor(view: FlowView, survey: PublicSurvey, page: PageInfo | undefined): string {
  switch (view.name) {
    case 'notice':
      return pageTitle('Before you start', survey.title);
    case 'questionnaire':
      return page
        ? pageTitle(`${page.title} (page ${page.number} of ${page.total})`, survey.title)
        : pageTitle(survey.title);
    case 'sending':
      return pageTitle('Sending your answers', survey.title);
    case 'sent':
      return pageTitle('Your answers have been sent', survey.title);
    case 'invalid':
      return pageTitle('Error: some answers need to be checked', survey.title);
    case 'failed':
    case 'rejected':
      return pageTitle('Error: your answers have not been sent', survey.title);
    case 'not_open':
      return surveyStatusTitle('not_yet_open', survey);
    case 'closed':
      return surveyStatusTitle('closed', survey);
  }
}

export function OpenSurvey({ survey }: { survey: PublicSurvey }) {
  const [initialDraft] = useState(() => loadDraft(survey.slug));
  const [view, setView] = useState<FlowView>(() =>
    hasProgress(initialDraft)
      ? { name: 'questionnaire', welcomeBack: true }
      : { name: 'notice', cleared: false },
  );
  // Focus follows the content only once the parent has done something, never on first load.
  const [moved, setMoved] = useState(false);
  const show = (next: FlowView) => {
    setMoved(true);
    setView(next);
  };

  const submission = useSubmission(survey, initialDraft, show);
  const { runtime, model, failed, page } = useQuestionnaire(survey, initialDraft, (m) => {
    void submission.send(m);
  });

  const backToQuestionnaire = (questionName?: string) => {
    if (!model) return;
    model.clear(false, false);
    const question = questionName ? model.getQuestionByName(questionName) : undefined;
    if (question?.isVisible && question.page) model.currentPage = question.page;
    show({ name: 'questionnaire', welcomeBack: false });
  };

  const startAgain = () => {
    model?.clear(true, true);
    clearDraft(survey.slug);
    submission.reset();
    show({ name: 'notice', cleared: true });
  };

  return (
    <Layout title={titleFor(view, survey, page)}>
      <div key={view.name}>
        {view.name === 'notice' && (
          <NoticeView
            survey={survey}
            cleared={view.cleared}
            focusHeading={moved}
            onStart={() => show({ name: 'questionnaire', welcomeBack: false })}
          />
        )}
        {view.name === 'questionnaire' && (
          <QuestionnaireView
            survey={survey}
            runtime={runtime}
            model={model}
            failed={failed}
            welcomeBack={view.welcomeBack}
            focusHeading={moved}
            onStartAgain={startAgain}
          />
        )}
        {view.name === 'sending' && <SendingView focusHeading={moved} />}
        {view.name === 'sent' && (
          <ThankYouView survey={survey} alreadySent={view.alreadySent} focusHeading />
        )}
        {view.name === 'failed' && model && (
          <FailedView
            focusHeading={moved}
            onRetry={() => void submission.send(model)}
            onBack={() => backToQuestionnaire()}
          />
        )}
        {view.name === 'invalid' && (
          <InvalidView
            focusHeading={moved}
            details={view.details}
            titleOf={(name) => model?.getQuestionByName(name)?.title}
            onBack={() => backToQuestionnaire(view.details[0]?.question)}
          />
        )}
        {view.name === 'rejected' && (
          <RejectedView
            focusHeading={moved}
            message={view.message}
            onBack={() => backToQuestionnaire()}
          />
        )}
        {view.name === 'not_open' && (
          <SurveyStatus kind="not_yet_open" survey={survey} focusHeading={moved} />
        )}
        {view.name === 'closed' && (
          <SurveyStatus kind="closed" survey={survey} focusHeading={moved} />
        )}
      </div>
    </Layout>
  );
}
