import { useEffect, useRef, useState } from 'react';
import type { PublicSurvey } from '../../server/contracts.ts';
import type { Draft } from '../lib/draft-store.ts';
import { DEFAULT_LOCALE, type Translate } from '../lib/ui-text.ts';
import { type QuestionnaireServices, useServices } from './services.ts';
import type { SurveyModel } from './survey-runtime.tsx';
import { useSurveyRuntime } from './use-survey-runtime.ts';

export interface PageInfo {
  title: string;
  number: number;
  total: number;
}

function pageInfoOf(model: SurveyModel): PageInfo {
  const page = model.currentPage;
  return {
    title: page?.title || page?.name || '',
    number: model.currentPageNo + 1,
    total: model.visiblePageCount,
  };
}

function saveProgress(services: QuestionnaireServices, survey: PublicSurvey, model: SurveyModel) {
  services.updateDraft(survey.slug, {
    version: survey.version,
    data: model.data,
    pageNo: model.currentPageNo,
  });
}

/** Answers carried over to a rebuilt model (the preview rebuilds it after each change). */
function carried(model: SurveyModel, version: number): Draft {
  return { version, data: model.data, pageNo: model.currentPageNo, savedAt: '' };
}

/**
 * The survey-core model for an open questionnaire, created once the runtime has downloaded and
 * kept for the life of the page so answers survive moving between views. A changed survey (only
 * ever in the designer's preview) gets a new model with the answers given so far.
 */
export function useQuestionnaire(
  survey: PublicSurvey,
  initialDraft: Draft | undefined,
  locale: string,
  t: Translate,
  onComplete: (model: SurveyModel) => void,
) {
  const { runtime, failed } = useSurveyRuntime();
  const services = useServices();
  const [pageNo, setPageNo] = useState(initialDraft?.pageNo ?? 0);
  // An answer that shows or hides a page changes the total in the tab's title.
  const [, setPageTotal] = useState(0);
  // survey-core keeps the handlers it was given, so they reach the latest callback via a ref.
  const onCompleteRef = useRef(onComplete);
  useEffect(() => {
    onCompleteRef.current = onComplete;
  });
  const built = useRef<{ survey: PublicSurvey; model: SurveyModel } | null>(null);
  // survey-core's empty locale is the definition's own default language.
  const surveyLocale = locale === DEFAULT_LOCALE ? '' : locale;

  if (runtime && built.current?.survey !== survey) {
    const previous = built.current?.model;
    // Before the model exists, so its buttons and messages never show in the wrong language.
    runtime.applySurveyWording(surveyLocale, t);
    const draft = previous ? carried(previous, survey.version) : initialDraft;
    const model = runtime.createQuestionnaire(survey.json, survey.version, draft, {
      onChange: (m) => {
        saveProgress(services, survey, m);
        setPageTotal(m.visiblePageCount);
      },
      onPageChange: (m) => {
        saveProgress(services, survey, m);
        setPageNo(m.currentPageNo);
      },
      onComplete: (m) => onCompleteRef.current(m),
    });
    if (surveyLocale) model.locale = surveyLocale;
    built.current = { survey, model };
  }

  const model = built.current?.model;
  useEffect(() => {
    if (!model || !runtime) return;
    runtime.applySurveyWording(surveyLocale, t);
    if (model.locale !== surveyLocale) model.locale = surveyLocale;
  }, [model, runtime, surveyLocale, t]);
  return {
    runtime,
    model,
    failed,
    page: model ? pageInfoOf(model) : undefined,
    pageNo,
  };
}
