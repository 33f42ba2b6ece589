// Everything that needs survey-core lives in this module, which the page loads on demand: the
// home and accessibility pages stay small, and the notice shows while this downloads.
import 'survey-core/survey-core.fontless.min.css';
import './survey-overrides.css';
import {
  Model,
  QuestionSelectBase,
  type SurveyModel,
  settings,
  surveyLocalization,
} from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { Draft } from '../lib/draft-store.ts';
import type { Translate, UiTextId } from '../lib/ui-text.ts';
import { surveyTheme } from './survey-theme.ts';

// Our page heading is the h1, so the questionnaire's own titles sit below it in the outline and
// screen reader users can jump between questions by heading.
settings.titleTags.survey = 'h1';
settings.titleTags.page = 'h2';
settings.titleTags.panel = 'h3';
settings.titleTags.question = 'h3';
// survey-core animates pages and revealed questions; people who ask their device for less motion
// (for example because movement makes them dizzy) get none.
settings.animationEnabled = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// survey-core moves focus into the "Other" box as soon as Other is chosen, which pulls someone
// arrowing through the options out of the list. Only a choice made by pointer moves focus there;
// a keyboard user reaches the box with Tab.
let choosingByKeyboard = false;
document.addEventListener(
  'keydown',
  () => {
    choosingByKeyboard = true;
  },
  true,
);
document.addEventListener(
  'pointerdown',
  () => {
    choosingByKeyboard = false;
  },
  true,
);
const selectBase = QuestionSelectBase.prototype as unknown as {
  focusOtherComment(this: QuestionSelectBase, item: unknown): void;
};
const focusOtherComment = selectBase.focusOtherComment;
selectBase.focusOtherComment = function (item) {
  if (!choosingByKeyboard) focusOtherComment.call(this, item);
};

// survey-core's own wording that parents read (buttons, "Response required."), by its string name.
const SURVEY_CORE_WORDING: Record<string, UiTextId> = {
  pagePrevText: 'questions.previous',
  pageNextText: 'questions.next',
  completeText: 'questions.complete',
  progressText: 'questions.progress',
  placeholder: 'questions.select',
  ratingOptionsCaption: 'questions.select',
  requiredError: 'questions.required',
  otherRequiredError: 'questions.otherRequired',
  textMaxLength: 'questions.tooLong',
};
const SURVEY_CORE_ENGLISH = { ...surveyLocalization.locales.en };

/**
 * Gives survey-core the app's wording for a locale ('' is the default language), so its buttons
 * and messages follow the same dictionaries and per-survey rewording as the rest of the page.
 * Call before the model shows that locale.
 */
export function applySurveyWording(locale: string, t: Translate) {
  const code = locale || 'en';
  const strings = Object.fromEntries(
    Object.entries(SURVEY_CORE_WORDING).map(([name, id]) => [name, t(id)]),
  );
  const base = code === 'en' ? SURVEY_CORE_ENGLISH : surveyLocalization.locales[code];
  surveyLocalization.locales[code] = { ...base, ...strings };
}

export interface QuestionnaireEvents {
  onChange(model: SurveyModel): void;
  onPageChange(model: SurveyModel): void;
  onComplete(model: SurveyModel): void;
}

/** Answers from an older version of the questionnaire, minus questions that no longer exist. */
function knownAnswers(model: SurveyModel, data: Record<string, unknown>) {
  const suffix = settings.commentSuffix;
  return Object.fromEntries(
    Object.entries(data).filter(([key]) => {
      const name = key.endsWith(suffix) ? key.slice(0, -suffix.length) : key;
      return !!model.getQuestionByValueName(name);
    }),
  );
}

function restore(model: SurveyModel, draft: Draft, version: number) {
  model.data = draft.version === version ? draft.data : knownAnswers(model, draft.data);
  const lastPage = Math.max(0, model.visiblePages.length - 1);
  model.currentPageNo = Math.min(draft.pageNo, lastPage);
}

/** Moves focus to the new page's title so a screen reader announces where the parent now is. */
function focusPageTitle(root: HTMLElement) {
  const title = root.querySelector<HTMLElement>('.sd-page__title, h2');
  const target = title ?? document.querySelector<HTMLElement>('main h1');
  if (!target) return;
  target.tabIndex = -1;
  target.focus();
}

export function createQuestionnaire(
  json: Record<string, unknown>,
  version: number,
  draft: Draft | undefined,
  events: QuestionnaireEvents,
): SurveyModel {
  const model = new Model(json);
  model.applyTheme(surveyTheme);
  // The page around the questionnaire shows the title and the thank-you page.
  model.showTitle = false;
  model.showCompletedPage = false;
  // The page shows its own progress in words and a bar that fits a phone (page-progress.tsx).
  model.showProgressBar = false;
  // Keeps long comments safe in the draft as they are typed, not only when the box loses focus.
  if (!('textUpdateMode' in json)) model.textUpdateMode = 'onTyping';
  if (draft) restore(model, draft, version);

  let focusNextPage = false;
  model.onValueChanged.add((sender) => events.onChange(sender));
  model.onCurrentPageChanged.add((sender) => {
    focusNextPage = true;
    events.onPageChange(sender);
  });
  model.onAfterRenderPage.add((_, options) => {
    if (!focusNextPage) return;
    focusNextPage = false;
    focusPageTitle(options.htmlElement);
  });
  model.onComplete.add((sender) => events.onComplete(sender));
  return model;
}

export function QuestionnaireForm({ model }: { model: SurveyModel }) {
  return <Survey model={model} />;
}

export type { SurveyModel };
