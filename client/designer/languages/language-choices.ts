// The languages a designer can add, named in English and in the language itself, and the list a
// questionnaire already carries.
import type { DesignSettings } from '../../../server/designer-contracts.ts';
import type { Json } from '../editor/survey-json.ts';
import { localesInJson } from './localizable.ts';

export interface LanguageChoice {
  code: string;
  english: string;
  /** The name in the language itself, when it differs from the English name. */
  own?: string;
}

export const LANGUAGE_CHOICES: LanguageChoice[] = [
  { code: 'cy', english: 'Welsh', own: 'Cymraeg' },
  { code: 'en-easy', english: 'Easy read English' },
  { code: 'pl', english: 'Polish', own: 'Polski' },
  { code: 'ur', english: 'Urdu', own: 'اردو' },
  { code: 'ar', english: 'Arabic', own: 'العربية' },
  { code: 'ro', english: 'Romanian', own: 'Română' },
  { code: 'pa', english: 'Punjabi', own: 'ਪੰਜਾਬੀ' },
  { code: 'bn', english: 'Bengali', own: 'বাংলা' },
  { code: 'so', english: 'Somali', own: 'Soomaali' },
];

export function choiceFor(code: string): LanguageChoice | undefined {
  return LANGUAGE_CHOICES.find((c) => c.code === code);
}

/** The language's English name, with the code for languages not in the short list. */
export function englishName(code: string): string {
  return choiceFor(code)?.english ?? `Language "${code}"`;
}

/** The languages besides English: those with wording in the JSON or page wording in settings. */
export function languagesOf(json: Json, settings: DesignSettings): string[] {
  const codes = new Set([...localesInJson(json), ...Object.keys(settings.localeTexts)]);
  codes.delete('en');
  return [...codes].sort((a, b) => englishName(a).localeCompare(englishName(b)));
}
