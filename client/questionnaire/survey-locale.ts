// Which language a parent sees first, and the page's lang and dir for it.
import { useEffect } from 'react';
import type { PublicSurvey } from '../../server/contracts.ts';
import type { Draft } from '../lib/draft-store.ts';
import { DEFAULT_LOCALE, htmlLang, preferredLocale, textDirection } from '../lib/ui-text.ts';

/** The browser's languages, most wanted first ([] where the browser does not say). */
function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language].filter(Boolean);
}

/** The language the parent chose before on this device, else the browser's if the survey has it. */
export function initialLocale(
  survey: Pick<PublicSurvey, 'locales'>,
  draft: Pick<Draft, 'locale'> | undefined,
): string {
  if (draft?.locale && survey.locales.includes(draft.locale)) return draft.locale;
  return preferredLocale(survey.locales, browserLanguages());
}

/**
 * The survey's title in the chosen language. The default language's title is the survey's own
 * (the one the team edits); translations live in the SurveyJS JSON's title, keyed by locale.
 */
export function localisedTitle(survey: Pick<PublicSurvey, 'title' | 'json'>, locale: string) {
  const title = survey.json.title;
  if (locale === DEFAULT_LOCALE || typeof title !== 'object' || title === null) return survey.title;
  const text = (title as Record<string, unknown>)[locale];
  return typeof text === 'string' && text.trim() ? text : survey.title;
}

/** Sets lang and dir on the page for the chosen language, and puts them back when it goes. */
export function useDocumentLanguage(locale: string) {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = htmlLang(locale);
    root.dir = textDirection(locale);
    return () => {
      root.lang = 'en';
      root.dir = 'ltr';
    };
  }, [locale]);
}
