// The app's own wording on the parent's pages, per language. English is complete; other
// dictionaries may leave gaps, which fall back to English. A survey may override any message
// (texts.ui, or localeTexts[locale].ui), so a council can adjust wording without a release.
import type { PublicSurvey, SurveyTexts, UiTexts } from '../../server/contracts.ts';
import { EN_EASY } from './ui-messages-easy.ts';
import { EN, type UiTextId } from './ui-messages-en.ts';

export type { UiTextId };

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

/** The app's own wording of a message in a language other than the default, if it has one. */
export function builtInText(locale: string, id: UiTextId): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : DICTIONARIES[locale]?.[id];
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

// Scripts written right to left; a locale's first subtag is enough to tell.
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** The HTML dir attribute for a locale. */
export function textDirection(locale: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(primarySubtag(locale)) ? 'rtl' : 'ltr';
}

const primarySubtag = (tag: string) => tag.split(/[-_]/)[0]?.toLowerCase() ?? '';

/**
 * The survey's locale that best fits the browser's languages (navigator.languages, most wanted
 * first): the same tag, or the same language ("cy-GB" finds "cy"); English when none fits. Easy
 * read is never picked for people: only they can say they want it.
 */
export function preferredLocale(locales: readonly string[], wanted: readonly string[]): string {
  const offered = locales.filter((l) => l !== 'en-easy');
  for (const tag of wanted) {
    const exact = offered.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = primarySubtag(tag);
    if (language === primarySubtag(DEFAULT_LOCALE)) return DEFAULT_LOCALE;
    const same = offered.find((l) => primarySubtag(l) === language);
    if (same) return same;
  }
  return DEFAULT_LOCALE;
}
