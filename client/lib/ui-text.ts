// The app's own wording on the parent's pages, per language. English is complete; other
// dictionaries may leave gaps, which fall back to English. A survey may override any message
// (texts.ui, or localeTexts[locale].ui), so a council can adjust wording without a release.
import type { PublicSurvey, SurveyTexts, UiTexts } from '../../server/contracts.ts';

const EN = {
  'notice.heading': 'Before you start',
  'notice.cleared': 'Your answers have been cleared from this device.',
  'notice.device':
    'Your answers are kept on this device as you go, so you can stop and come back later using the same link. They are removed from this device once they are sent.',
  start: 'Start',
  'language.label': 'Language',
  'language.change': 'Change language',
  'code.heading': 'Enter your access code',
  'code.hint':
    'You will find the code on the letter or card you were given. It has 8 letters and numbers, for example K7QM 3TXA.',
  'code.label': 'Access code',
  'code.continue': 'Continue',
  'code.checking': 'Checking your code…',
  'code.empty': 'Enter your access code',
  'code.invalid':
    'This code is not right, or it has already been used. Check the code and try again.',
  'code.failed':
    'We could not check your code. Check you are connected to the internet, then try again.',
  'code.noCode':
    'If you do not have a code, ask the person or group who sent you this questionnaire for one.',
  'code.anonymous':
    'The code only shows that you were invited. It is not linked to your answers, and nobody can tell which answers are yours.',
  'error.prefix': 'Error:',
  'error.summary': 'There is a problem',
  'questions.loading': 'Loading the questions…',
  'questions.failed.heading': 'The questionnaire did not load',
  'questions.failed.body':
    'Check your internet connection, then reload this page. Any answers you already gave are still saved on this device.',
  'questions.reload': 'Reload the page',
  'welcomeBack.body': 'Welcome back. We kept the answers you gave on this device.',
  'welcomeBack.startAgain': 'Start again with no answers',
  'welcomeBack.confirm': 'Clear all your answers and start again?',
  'welcomeBack.cannotUndo': 'This cannot be undone.',
  'welcomeBack.yes': 'Yes, clear my answers',
  'welcomeBack.no': 'No, keep my answers',
  'sending.heading': 'Sending your answers…',
  'sending.body': 'Please keep this page open. It usually takes a few seconds.',
  'failed.heading': 'Sorry, your answers have not been sent',
  'failed.lead': 'This might be a problem with your internet connection, or with our website.',
  'failed.body':
    'Your answers are still saved on this device. Check you are connected to the internet, then try again. If you try again and we did get them the first time, we will only count them once.',
  'failed.retry': 'Try again',
  'failed.back': 'Go back to your answers',
  'invalid.heading': 'Some answers need to be checked',
  'invalid.body': 'Your answers have not been sent yet. Please check:',
  'invalid.back': 'Go back to the questionnaire',
  'rejected.heading': 'Your answers have not been sent',
  'rejected.kept': 'Your answers are still saved on this device.',
  'rejected.tooLarge':
    'Your answers are too long to send. Please make your longest answers shorter, then send them again.',
  'sent.heading': 'Your answers have been sent',
  'sent.alreadySent':
    'We had already received your answers from an earlier attempt. Changes made after that attempt were not sent.',
  'sent.removed': 'Your answers have been removed from this device. You can close this page.',
  'help.heading': 'Getting help',
  'help.intro':
    'If answering these questions has brought up difficult feelings, or you need advice, these services can help.',
  'help.website': 'Website:',
  'help.phone': 'Phone:',
  'title.page': '{page} (page {number} of {total})',
  'title.sending': 'Sending your answers',
  'title.invalid': 'Error: some answers need to be checked',
  'title.failed': 'Error: your answers have not been sent',
  'title.codeError': 'Error: enter your access code',
};
export type UiTextId = keyof typeof EN;

// Easy read: short sentences, common words, one idea at a time.
const EN_EASY: Partial<Record<UiTextId, string>> = {
  'notice.heading': 'Before you start',
  'notice.device':
    'Your answers stay on this phone or computer until you send them. You can stop and come back later.',
  start: 'Start',
  'code.heading': 'Type your code',
  'code.hint': 'Your code is on your letter or card. It has 8 letters and numbers.',
  'code.label': 'Your code',
  'code.continue': 'Next',
  'code.empty': 'Type your code',
  'code.invalid': 'This code does not work. Check the code and try again.',
  'code.noCode': 'No code? Ask the person who gave you this questionnaire.',
  'code.anonymous': 'Nobody can use the code to find your answers.',
  'questions.loading': 'Getting the questions…',
  'welcomeBack.body': 'Welcome back. We kept your answers.',
  'welcomeBack.startAgain': 'Start again',
  'welcomeBack.confirm': 'Delete all your answers?',
  'welcomeBack.cannotUndo': 'You cannot get them back.',
  'welcomeBack.yes': 'Yes, delete my answers',
  'welcomeBack.no': 'No, keep my answers',
  'sending.heading': 'Sending your answers…',
  'sending.body': 'Please wait. Do not close this page.',
  'failed.heading': 'Your answers did not send',
  'failed.lead': 'Something went wrong.',
  'failed.body': 'Your answers are still here. Check your internet. Then try again.',
  'failed.back': 'Go back to your answers',
  'invalid.heading': 'Please check some answers',
  'invalid.body': 'We have not got your answers yet. Please check:',
  'invalid.back': 'Go back to the questions',
  'rejected.heading': 'Your answers did not send',
  'rejected.kept': 'Your answers are still here.',
  'rejected.tooLarge': 'Some answers are too long. Please make them shorter. Then send again.',
  'sent.heading': 'We got your answers',
  'sent.alreadySent': 'We already had your answers. Changes after that were not sent.',
  'sent.removed':
    'Your answers are not on this phone or computer any more. You can close this page.',
  'help.heading': 'Getting help',
  'help.intro': 'Do you feel upset, or need advice? These people can help.',
  'title.sending': 'Sending your answers',
  'title.invalid': 'Error: please check some answers',
  'title.failed': 'Error: your answers did not send',
  'title.codeError': 'Error: type your code',
};

const DICTIONARIES: Record<string, Partial<Record<UiTextId, string>>> = {
  en: EN,
  'en-easy': EN_EASY,
};

/** The locale survey-core and our wording call the survey's own default language. */
export const DEFAULT_LOCALE = 'en';

export type Translate = (id: UiTextId, values?: Record<string, string | number>) => string;

function isMessageId(id: string): id is UiTextId {
  return Object.hasOwn(EN, id);
}

function pick(texts: UiTexts | undefined): Partial<Record<UiTextId, string>> {
  return Object.fromEntries(Object.entries(texts ?? {}).filter(([id]) => isMessageId(id)));
}

export function translator(survey: Pick<PublicSurvey, 'texts' | 'localeTexts'>, locale: string) {
  const messages: Partial<Record<UiTextId, string>> = {
    ...EN,
    // The survey's own overrides are in its default language, so a translation replaces them.
    ...(locale === DEFAULT_LOCALE ? pick(survey.texts.ui) : DICTIONARIES[locale]),
    ...(locale === DEFAULT_LOCALE ? {} : pick(survey.localeTexts[locale]?.ui)),
  };
  const translate: Translate = (id, values) =>
    (messages[id] ?? EN[id]).replace(/\{(\w+)\}/g, (match, name: string) =>
      values && name in values ? String(values[name]) : match,
    );
  return translate;
}

/** The notice, thank-you wording and help contacts in the chosen language, gaps in the default. */
export function pageTextsFor(
  survey: Pick<PublicSurvey, 'texts' | 'localeTexts'>,
  locale: string,
): SurveyTexts {
  if (locale === DEFAULT_LOCALE) return survey.texts;
  return { ...survey.texts, ...survey.localeTexts[locale] };
}

// Browsers without full language data would name some languages by their code.
const NAMES: Record<string, string> = {
  en: 'English',
  'en-easy': 'Easy read English',
  cy: 'Cymraeg',
};

/** A language's name in that language ("Cymraeg"), which is how people look for their own. */
export function languageName(locale: string): string {
  const known = NAMES[locale];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : locale;
  } catch {
    return locale;
  }
}

/** The HTML lang attribute for a locale: easy read is English to browsers and screen readers. */
export function htmlLang(locale: string): string {
  if (locale === 'en-easy') return 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
