// The wording parents read, gathered for the plain-English hints: in the default language, or
// only what the team wrote for one locale (such as easy read, `en-easy`).
import {
  asArray,
  isRecord,
  itemText,
  type Json,
  textOf,
  type WalkedElement,
} from './definition-walk.ts';
import type { WordedText } from './plain-english.ts';

export const EASY_READ_LOCALE = 'en-easy';

interface Language {
  text(value: unknown): string;
  item(item: unknown): string;
}

const DEFAULT_LANGUAGE: Language = { text: textOf, item: itemText };

function localeOnly(locale: string): Language {
  const text = (value: unknown) =>
    isRecord(value) && typeof value[locale] === 'string' ? (value[locale] as string) : '';
  return { text, item: (item) => (isRecord(item) ? text(item.text) : '') };
}

/** Whether any string of the definition has a translation into the locale. */
export function usesLocale(json: unknown, locale: string): boolean {
  if (Array.isArray(json)) return json.some((item) => usesLocale(item, locale));
  if (!isRecord(json)) return false;
  if (typeof json[locale] === 'string') return true;
  return Object.values(json).some((value) => usesLocale(value, locale));
}

export function wordedTexts(
  json: Json,
  pages: { json: Json }[],
  questions: (WalkedElement & { name: string })[],
  locale?: string,
): WordedText[] {
  const language = locale ? localeOnly(locale) : DEFAULT_LANGUAGE;
  const texts: WordedText[] = [];
  const add = (text: string, question?: string) => {
    if (text.trim()) texts.push({ text, question });
  };
  add(language.text(json.title));
  add(language.text(json.description));
  for (const page of pages) {
    if (page.json === json) continue;
    add(language.text(page.json.title));
    add(language.text(page.json.description));
  }
  for (const q of questions) {
    for (const key of ['title', 'description', 'html'] as const) {
      add(language.text(q.json[key]), q.name);
    }
    for (const key of ['choices', 'rows', 'columns'] as const) {
      for (const item of asArray(q.json[key])) add(language.item(item), q.name);
    }
  }
  return texts;
}
