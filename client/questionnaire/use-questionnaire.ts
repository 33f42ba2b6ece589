import { useEffect, useRef, useState } from 'react';
import type { PublicSurvey } from '../../server/contracts.ts';
import { type Draft, updateDraft } from '../lib/draft-store.ts';
import { DEFAULT_LOCALE } from '../lib/ui-text.ts';
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

export function saveProgress(survey: PublicSurvey, model: SurveyModel) {
  updateDraft(survey.slug, {
    version: survey.version,
    data: model.data,
    pageNo: model.currentPageNo,
  });
}

/**
 * The survey-core model for an open questionnaire, created once the runtime has downloaded and
 * kept for the life of the page so answers survive moving between views.
 */
export function useQuestionnaire(
  survey: PublicSurvey,
  initialDraft: Draft | undefined,
  locale: string,
  onComplete: (model: SurveyModel) => void,
) {
  const { runtime, failed } = useSurveyRuntime();
  const [pageNo, setPageNo] = useState(initialDraft?.pageNo ?? 0);
  // survey-core keeps the handlers it was given, so they reach the latest callback via a ref.
  const onCompleteRef = useRef(onComplete);
  useEffect(() => {
    onCompleteRef.current = onComplete;
  });
  const modelRef = useRef<SurveyModel | null>(null);
  // survey-core's empty locale is the definition's own default language.
  const surveyLocale = locale === DEFAULT_LOCALE ? '' : locale;

  if (runtime && modelRef.current === null) {
    modelRef.current = runtime.createQuestionnaire(survey.json, survey.version, initialDraft, {
      onChange: (model) => saveProgress(survey, model),
      onPageChange: (model) => {
        saveProgress(survey, model);
        setPageNo(model.currentPageNo);
      },
      onComplete: (model) => onCompleteRef.current(model),
    });
    // Before the first render, so the questions never show in the wrong language.
    if (surveyLocale) modelRef.current.locale = surveyLocale;
  }

  const model = modelRef.current ?? undefined;
  useEffect(() => {
    if (model && model.locale !== surveyLocale) model.locale = surveyLocale;
  }, [model, surveyLocale]);
  return {
    runtime,
    model,
    failed,
    page: model ? pageInfoOf(model) : undefined,
    pageNo,
  };
}
