// SurveyJS localizable strings: a plain string is the default wording; an object such as
// { "default": "Yes", "cy": "Ydy" } carries translations. These pure helpers read and write one
// locale of such a value, and strip a locale from a whole definition.
import { isRecord, type Json } from '../editor/survey-json.ts';

/** An object whose values are all strings and which has default wording: a localizable string. */
export function isLocalized(value: unknown): value is Record<string, string> {
  return (
    isRecord(value) &&
    typeof value.default === 'string' &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** The default wording of a localizable value ('' when there is none). */
export function defaultText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return isLocalized(value) ? (value.default ?? '') : '';
}

/** The wording for one locale, or '' when it has no translation. */
export function translationOf(value: unknown, locale: string): string {
  return isLocalized(value) && typeof value[locale] === 'string' ? value[locale] : '';
}

/**
 * The value with the locale's wording set; an empty translation removes the locale, and a value
 * left with default wording only goes back to being a plain string.
 */
export function withTranslation(value: unknown, locale: string, translation: string): unknown {
  const texts: Record<string, string> = isLocalized(value)
    ? { ...value }
    : { default: defaultText(value) };
  if (translation === '') delete texts[locale];
  else texts[locale] = translation;
  const keys = Object.keys(texts);
  return keys.length === 1 && keys[0] === 'default' ? texts.default : texts;
}

/** Every locale with wording somewhere in the definition, besides the default, as first met. */
export function localesInJson(json: Json): string[] {
  const found = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const n of node) visit(n);
    else if (isLocalized(node)) {
      for (const key of Object.keys(node)) if (key !== 'default') found.add(key);
    } else if (isRecord(node)) for (const v of Object.values(node)) visit(v);
  };
  visit(json);
  return [...found];
}

/** The definition with one locale's wording removed everywhere; names and values stay. */
export function withoutLocale(json: Json, locale: string): Json {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (isLocalized(node)) return withTranslation(node, locale, '');
    if (isRecord(node))
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v)]));
    return node;
  };
  return visit(json) as Json;
}
