import './parent-controls.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PublicSurvey } from '../../server/contracts.ts';
import { type Draft, hasProgress } from '../lib/draft-store.ts';
import { pageTitle } from '../lib/site.ts';
import { pageTextsFor, type Translate, translator } from '../lib/ui-text.ts';
import { PageFrame } from '../pages/page-frame.tsx';
import { SurveyStatus, surveyStatusTitle } from '../pages/survey-status.tsx';
import { AccessCodeView } from './access-code-view.tsx';
import type { FlowView } from './flow-view.ts';
import { Honeypot } from './honeypot.tsx';
import { LanguagePicker } from './language-picker.tsx';
import { NoticeView } from './notice-view.tsx';
import { QuestionnaireView } from './questionnaire-view.tsx';
import { useServices } from './services.ts';
import {
  FailedView,
  InvalidView,
  RejectedView,
  SendingView,
  WaitingView,
} from './submission-views.tsx';
import { initialLocale, localisedTitle, useDocumentLanguage } from './survey-locale.ts';
import { ThankYouView } from './thank-you-view.tsx';
import { UiTextContext } from './ui-text-context.tsx';
import { type PageInfo, useQuestionnaire } from './use-questionnaire.ts';
import { useSubmission } from './use-submission.ts';

function titleFor(view: FlowView, title: string, page: PageInfo | undefined, t: Translate): string {
  switch (view.name) {
    case 'notice':
      return pageTitle(t('notice.heading'), title);
    case 'access_code':
      return pageTitle(view.problem ? t('title.codeError') : t('code.heading'), title);
    case 'questionnaire':
      return page
        ? pageTitle(
            t('title.page', { page: page.title, number: page.number, total: page.total }),
            title,
          )
        : pageTitle(title);
    case 'sending':
      return pageTitle(t('title.sending'), title);
    case 'waiting':
      return pageTitle(t('title.waiting'), title);
    case 'sent':
      return pageTitle(t('sent.heading'), title);
    case 'invalid':
      return pageTitle(t('title.invalid'), title);
    case 'failed':
    case 'rejected':
      return pageTitle(t('title.failed'), title);
    case 'not_open':
    case 'closed':
      return surveyStatusTitle(view.name === 'closed' ? 'closed' : 'not_yet_open', title, t);
  }
}

/** Where the designer's preview starts; a parent always starts from their own saved place. */
export interface PreviewStart {
  view: 'notice' | 'questionnaire' | 'sent';
  locale?: string;
}

function firstView(draft: Draft | undefined, start: PreviewStart | undefined): FlowView {
  if (start?.view === 'sent') return { name: 'sent', alreadySent: false };
  if (start?.view === 'questionnaire') return { name: 'questionnaire', welcomeBack: false };
  if (!start && hasProgress(draft)) return { name: 'questionnaire', welcomeBack: true };
  return { name: 'notice', cleared: false };
}

interface OpenSurveyProps {
  survey: PublicSurvey;
  start?: PreviewStart;
  /** Told each time the view changes, for the preview to show where it is. */
  onView?(view: FlowView['name']): void;
}

export function OpenSurvey({ survey, start, onView }: OpenSurveyProps) {
  const { loadDraft, updateDraft, clearDraft } = useServices();
  const [initialDraft] = useState(() => loadDraft(survey.slug));
  const [locale, setLocale] = useState(() => start?.locale ?? initialLocale(survey, initialDraft));
  const [accessCode, setAccessCode] = useState(initialDraft?.accessCode);
  const t = useMemo(() => translator(survey, locale), [survey, locale]);
  const texts = useMemo(() => pageTextsFor(survey, locale), [survey, locale]);
  const title = localisedTitle(survey, locale);
  const [view, setView] = useState<FlowView>(() => firstView(initialDraft, start));
  // Focus follows the content only once the parent has done something, never on first load.
  const [moved, setMoved] = useState(false);
  const show = (next: FlowView) => {
    setMoved(true);
    setView(next);
  };

  useDocumentLanguage(locale);
  useEffect(() => onView?.(view.name), [onView, view.name]);

  const honeypot = useRef<HTMLInputElement>(null);
  const honeypotLast = useRef('');
  const submission = useSubmission(survey, initialDraft, show, {
    accessCode: () => accessCode,
    tooLargeMessage: t('rejected.tooLarge'),
    website: () => honeypot.current?.value ?? honeypotLast.current,
  });
  const { runtime, model, failed, page } = useQuestionnaire(
    survey,
    initialDraft,
    locale,
    t,
    (m) => {
      void submission.send(m);
    },
  );

  const remember = (patch: { locale?: string; accessCode?: string }) =>
    updateDraft(survey.slug, {
      version: survey.version,
      data: model?.data ?? loadDraft(survey.slug)?.data ?? {},
      pageNo: model?.currentPageNo ?? 0,
      ...patch,
    });

  const chooseLocale = (next: string) => {
    setLocale(next);
    remember({ locale: next });
  };
  const languages =
    survey.locales.length > 1 ? (
      <LanguagePicker locales={survey.locales} locale={locale} onChange={chooseLocale} />
    ) : undefined;

  const begin = () => {
    // Creates the draft, whose start the time sent with the answers is counted from.
    remember({});
    show(
      survey.accessCodeRequired && !accessCode
        ? { name: 'access_code', resend: false }
        : { name: 'questionnaire', welcomeBack: false },
    );
  };

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
    setAccessCode(undefined);
    show({ name: 'notice', cleared: true });
  };

  return (
    <UiTextContext.Provider value={t}>
      <PageFrame title={titleFor(view, title, page, t)}>
        <div key={view.name}>
          {view.name === 'notice' && (
            <NoticeView
              title={title}
              texts={texts}
              cleared={view.cleared}
              focusHeading={moved}
              languages={languages}
              onStart={begin}
            />
          )}
          {view.name === 'access_code' && (
            <AccessCodeView
              slug={survey.slug}
              problem={view.problem}
              focusHeading={moved}
              onProblem={(problem) => setView({ ...view, problem })}
              onAccepted={(code) => {
                setAccessCode(code);
                remember({ accessCode: code });
                if (view.resend && model) {
                  // The answers were already complete; send them with the new code.
                  void submission.send(model, code);
                } else {
                  show({ name: 'questionnaire', welcomeBack: false });
                }
              }}
            />
          )}
          {view.name === 'questionnaire' && (
            <QuestionnaireView
              title={title}
              runtime={runtime}
              model={model}
              failed={failed}
              welcomeBack={view.welcomeBack}
              focusHeading={moved}
              languages={languages}
              onStartAgain={startAgain}
              honeypot={<Honeypot inputRef={honeypot} lastValue={honeypotLast} />}
            />
          )}
          {view.name === 'sending' && <SendingView focusHeading={moved} />}
          {view.name === 'waiting' && <WaitingView focusHeading={moved} seconds={view.seconds} />}
          {view.name === 'sent' && (
            <ThankYouView
              title={title}
              texts={texts}
              alreadySent={view.alreadySent}
              focusHeading={moved}
              receipt={view.receipt}
              linked={view.linked}
            />
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
          {(view.name === 'not_open' || view.name === 'closed') && (
            <SurveyStatus
              kind={view.name === 'closed' ? 'closed' : 'not_yet_open'}
              survey={survey}
              title={title}
              locale={locale}
              focusHeading={moved}
            />
          )}
        </div>
      </PageFrame>
    </UiTextContext.Provider>
  );
}
