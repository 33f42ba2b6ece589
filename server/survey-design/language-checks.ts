// Languages a draft offers and how much of each is translated. A language with 2 of 27 strings
// used to pass the checks and reach parents as English text marked lang="cy", so each incomplete
// language is a warning with its count, and publishing one needs the team to say so (see
// sign-off-and-publish.ts).
import type { DesignIssue, DesignSettings } from '../designer-contracts.ts';
import { surveyCoreWording } from '../survey-core-wording.ts';
import { asArray, isRecord, type Json, textOf } from './definition-walk.ts';

/** A locale key in a SurveyJS localizable string: "cy", "en-easy", "pt-br". */
const LOCALE_KEY = /^[a-z]{2,3}(-[a-z0-9]+)*$/i;
const DEFAULT_LOCALE = 'en';

/** Properties of a survey, page or question that parents read. */
const WORDED = [
  'title',
  'description',
  'html',
  'completeText',
  'pagePrevText',
  'pageNextText',
  'requiredErrorText',
  'otherText',
  'otherPlaceholder',
  'commentText',
  'placeholder',
  'labelTrue',
  'labelFalse',
  'minRateDescription',
  'maxRateDescription',
  'completedHtml',
];
const ITEM_LISTS = ['choices', 'rows', 'columns', 'rateValues'];
const CHILD_LISTS = ['pages', 'elements', 'questions', 'templateElements'];

const isLocalized = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && Object.values(value).every((v) => typeof v === 'string');

/** Every string parents read: its value as written (text or { default, cy, ... }). */
function wordedValues(node: Json, out: unknown[] = []): unknown[] {
  for (const key of WORDED) if (node[key] !== undefined) out.push(node[key]);
  for (const key of ITEM_LISTS) {
    for (const item of asArray(node[key])) {
      if (isRecord(item)) out.push(item.text ?? item.title ?? item.value ?? item.name);
      else out.push(item);
    }
  }
  for (const key of CHILD_LISTS)
    for (const child of asArray(node[key])) if (isRecord(child)) wordedValues(child, out);
  return out;
}

/** The languages a draft offers parents besides the default: in its wording or page texts. */
export function offeredLocales(json: Json, settings: DesignSettings): string[] {
  const found = new Set(Object.keys(settings.localeTexts));
  for (const value of wordedValues(json)) {
    if (!isLocalized(value)) continue;
    for (const key of Object.keys(value))
      if (key !== 'default' && LOCALE_KEY.test(key) && String(value[key]).trim()) found.add(key);
  }
  found.delete(DEFAULT_LOCALE);
  found.delete('default');
  return [...found].sort();
}

export interface LanguageCoverage {
  locale: string;
  total: number;
  missing: number;
}

/** How many of the strings parents read (wording, notice, thank-you page) a language has. */
export function languageCoverage(json: Json, settings: DesignSettings): LanguageCoverage[] {
  const values = wordedValues(json).filter((v) => textOf(v).trim() !== '');
  return offeredLocales(json, settings).map((locale) => {
    const texts = settings.localeTexts[locale] ?? {};
    const pageTexts = [texts.privacyNotice, texts.thankYou];
    const translated =
      values.filter((v) => isLocalized(v) && (v[locale] as string | undefined)?.trim()).length +
      pageTexts.filter((t) => t?.trim()).length;
    const total = values.length + pageTexts.length;
    return { locale, total, missing: total - translated };
  });
}

const languageName = (locale: string) => {
  if (locale === 'en-easy') return 'Easy read (en-easy)';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(locale);
    return name && name !== locale ? `${name} (${locale})` : locale;
  } catch {
    return locale;
  }
};

export function languageIssues(json: Json, settings: DesignSettings): DesignIssue[] {
  return languageCoverage(json, settings)
    .filter((c) => c.missing > 0)
    .map((c) => ({
      code: 'language_incomplete',
      severity: 'warning',
      message: `${languageName(c.locale)}: ${c.missing} of ${c.total} strings have no translation, so parents who choose this language would read them in English. Translate them in the Languages tab, or confirm when publishing that this language may go out incomplete.`,
      locale: c.locale,
    }));
}

/**
 * survey-core's own buttons and messages and the app's message ids that reword them (the same
 * pairs as client/questionnaire/survey-runtime.tsx), with what the team calls them.
 */
const SURVEY_CORE_MESSAGES: [string, string][] = [
  ['questions.previous', 'the "Previous" button'],
  ['questions.next', 'the "Next" button'],
  ['questions.complete', 'the "Complete" button'],
  ['questions.progress', 'the page count ("Page 1 of 5")'],
  ['questions.select', 'the "Select..." hint of a dropdown'],
  ['questions.required', 'the "Response required" error'],
  ['questions.otherRequired', 'the error for an empty "Other" box'],
  ['questions.tooLong', 'the error for a too long answer'],
];

/**
 * Languages with no wording for the buttons and errors survey-core shows: neither the survey's own
 * nor survey-core's translation (which parents get where the survey has none).
 */
export function messageIssues(json: Json, settings: DesignSettings): DesignIssue[] {
  const issues: DesignIssue[] = [];
  for (const locale of offeredLocales(json, settings)) {
    // Easy read is English to survey-core, which shows the default wording.
    if (locale.startsWith('en')) continue;
    const ui = { ...surveyCoreWording(locale), ...settings.localeTexts[locale]?.ui };
    const missing = SURVEY_CORE_MESSAGES.filter(([id]) => !ui[id]?.trim()).map(([, what]) => what);
    if (missing.length === 0) continue;
    issues.push({
      code: 'language_messages_missing',
      severity: 'warning',
      message: `${languageName(locale)}: parents would read ${missing.length === 1 ? 'this button or message' : `these ${missing.length} buttons and messages`} in English: ${missing.join(', ')}. Word them under "Buttons and messages of the questionnaire page" in the Languages tab.`,
      locale,
    });
  }
  return issues;
}
