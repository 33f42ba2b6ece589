// Page wording per language, kept in settings.localeTexts: the notice, the thank-you message and
// overrides of the app's own wording. Adding a language gives it an (empty) entry so it stays
// listed before anything is translated.
import type { DesignSettings } from '../../../server/designer-contracts.ts';
import type { UiTextId } from '../../lib/ui-text.ts';

export type PageTextKey = 'privacyNotice' | 'thankYou';
type PageTexts = DesignSettings['localeTexts'][string];

export function withLanguage(settings: DesignSettings, locale: string): DesignSettings {
  if (settings.localeTexts[locale]) return settings;
  return { ...settings, localeTexts: { ...settings.localeTexts, [locale]: {} } };
}

export function withoutLanguage(settings: DesignSettings, locale: string): DesignSettings {
  const { [locale]: _removed, ...others } = settings.localeTexts;
  return { ...settings, localeTexts: others };
}

function change(settings: DesignSettings, locale: string, edit: (t: PageTexts) => PageTexts) {
  const texts = edit(settings.localeTexts[locale] ?? {});
  return { ...settings, localeTexts: { ...settings.localeTexts, [locale]: texts } };
}

/** Sets the notice or thank-you wording; blank wording falls back to the default language's. */
export function withPageText(
  settings: DesignSettings,
  locale: string,
  key: PageTextKey,
  value: string,
): DesignSettings {
  return change(settings, locale, (texts) => {
    const { [key]: _old, ...others } = texts;
    return value.trim() ? { ...others, [key]: value } : others;
  });
}

/** Sets one of the app's own messages; blank wording uses the standard wording. */
export function withUiText(
  settings: DesignSettings,
  locale: string,
  id: UiTextId,
  value: string,
): DesignSettings {
  return change(settings, locale, (texts) => {
    const { [id]: _old, ...others } = texts.ui ?? {};
    const ui = value.trim() ? { ...others, [id]: value } : others;
    const { ui: _oldUi, ...rest } = texts;
    return Object.keys(ui).length > 0 ? { ...rest, ui } : rest;
  });
}
