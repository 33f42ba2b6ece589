// What a language still lacks, section by section, as the ids of the fields to fill in: the
// questionnaire's wording, the page wording around it, and the app's own buttons and messages
// (only those with no standard wording in that language).
import type { HelpContact } from '../../../server/contracts.ts';
import { DEFAULT_SURVEY_TEXTS, type DesignSettings } from '../../../server/designer-contracts.ts';
import { builtInText, type UiTextId } from '../../lib/ui-text.ts';
import type { DraftState } from '../editor/use-design.ts';
import { type Entry, entriesOf, readEntry } from './entries.ts';
import { alignedHelp } from './help-translation.ts';
import type { PageTextKey } from './page-wording.ts';
import { UI_TEXT_IDS } from './ui-ids.ts';

export type Section = 'questions' | 'page' | 'messages';

const safe = (text: string) => text.replace(/\W/g, '-');
export const entryFieldId = (locale: string, entry: Entry) =>
  `tr-${safe(locale)}-${safe(entry.id)}`;
export const pageFieldId = (locale: string, key: PageTextKey) => `page-text-${safe(locale)}-${key}`;
export const helpFieldId = (locale: string, index: number, field: string) =>
  `help-text-${safe(locale)}-${index}-${field}`;
export const uiFieldId = (locale: string, id: UiTextId) => `ui-text-${safe(locale)}-${safe(id)}`;

/** The help contacts parents see in the default language. */
export const defaultHelp = (settings: DesignSettings): HelpContact[] =>
  settings.texts.help ?? DEFAULT_SURVEY_TEXTS.help;

/** The fields still to fill in for a locale, by section, in the order they appear. */
export function missingFields(
  draft: Pick<DraftState, 'json' | 'title' | 'settings'>,
  locale: string,
): Record<Section, string[]> {
  const texts = draft.settings.localeTexts[locale] ?? {};
  const questions = entriesOf(draft.json, draft.title)
    .filter((entry) => !readEntry(draft.json, entry, locale))
    .map((entry) => entryFieldId(locale, entry));
  const page: string[] = (['privacyNotice', 'thankYou'] as const)
    .filter((key) => !texts[key])
    .map((key) => pageFieldId(locale, key));
  const help = defaultHelp(draft.settings);
  const aligned = alignedHelp(help, texts.help);
  help.forEach((contact, index) => {
    // Names are often proper names that stay as they are, so only descriptions are counted.
    const translated = aligned[index]?.description ?? contact.description;
    if (contact.description && translated === contact.description)
      page.push(helpFieldId(locale, index, 'description'));
  });
  const messages = UI_TEXT_IDS.filter((id) => !texts.ui?.[id] && !builtInText(locale, id)).map(
    (id) => uiFieldId(locale, id),
  );
  return { questions, page, messages };
}
