// survey-core ships its buttons and messages in some 50 languages (survey-core/i18n, bundled with
// the server: nothing is fetched at run time). A survey offering one of them gets that wording
// for the app's message ids that reword survey-core, unless its own `ui` texts say otherwise.
import 'survey-core/i18n';
import { surveyLocalization } from 'survey-core';

/** The app's message ids that reword survey-core, and survey-core's name for each. */
export const SURVEY_CORE_MESSAGE_NAMES: Readonly<Record<string, string>> = {
  'questions.previous': 'pagePrevText',
  'questions.next': 'pageNextText',
  'questions.complete': 'completeText',
  'questions.progress': 'progressText',
  'questions.select': 'placeholder',
  'questions.required': 'requiredError',
  'questions.otherRequired': 'otherRequiredError',
  'questions.tooLong': 'textMaxLength',
  // The app's own buttons that say what survey-core's say ("Start", "Try again").
  start: 'startSurveyText',
  'failed.retry': 'saveAgainButton',
  'loadFailed.retry': 'saveAgainButton',
};

const locales = surveyLocalization.locales as Record<string, Record<string, string> | undefined>;

/** survey-core's strings for a locale: the same tag, any case, or its language ("cy-GB": "cy"). */
function stringsFor(locale: string): Record<string, string> | undefined {
  // Easy read is English, whose app wording is already complete.
  if (locale.toLowerCase().startsWith('en')) return undefined;
  const keys = Object.keys(locales);
  const exact = keys.find((k) => k.toLowerCase() === locale.toLowerCase());
  const language = locale.split(/[-_]/)[0]?.toLowerCase();
  const key = exact ?? keys.find((k) => k.toLowerCase() === language);
  return key ? locales[key] : undefined;
}

/** survey-core's wording of the app's message ids in a locale, where it has any. */
export function surveyCoreWording(locale: string): Record<string, string> {
  const strings = stringsFor(locale);
  if (!strings) return {};
  const found: Record<string, string> = {};
  for (const [id, name] of Object.entries(SURVEY_CORE_MESSAGE_NAMES)) {
    const text = strings[name];
    if (typeof text === 'string' && text.trim()) found[id] = text;
  }
  return found;
}
