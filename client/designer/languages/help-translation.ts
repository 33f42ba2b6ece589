// Help contacts in another language. A language's list replaces the default one whole, so it is
// kept in step with the default list: contact by contact, with the same website and phone, and
// only the name and description translated. A contact whose website or phone changed since it
// was translated counts as untranslated.
import type { HelpContact } from '../../../server/contracts.ts';
import type { DesignSettings } from '../../../server/designer-contracts.ts';

export type HelpField = 'name' | 'description';

const sameWays = (a: HelpContact, b: HelpContact) => a.url === b.url && a.phone === b.phone;

/** Per default contact, its translation in the locale's list, if that list still matches. */
export function alignedHelp(defaults: HelpContact[], translated: HelpContact[] | undefined) {
  return defaults.map((contact, i) => {
    const other = translated?.[i];
    return other && sameWays(contact, other) ? other : undefined;
  });
}

/** The translated wording of one field ('' while it is still the English). */
export function helpText(
  defaults: HelpContact[],
  translated: HelpContact[] | undefined,
  index: number,
  field: HelpField,
): string {
  const english = defaults[index]?.[field];
  const value = alignedHelp(defaults, translated)[index]?.[field];
  return value && value !== english ? value : '';
}

/** The settings with one field of one contact translated ('' puts the English back). */
export function withHelpText(
  settings: DesignSettings,
  defaults: HelpContact[],
  locale: string,
  at: { index: number; field: HelpField },
  value: string,
): DesignSettings {
  const { help: old, ...others } = settings.localeTexts[locale] ?? {};
  const help = alignedHelp(defaults, old).map((contact, i) => {
    const english = defaults[i] as HelpContact;
    const current = contact ?? english;
    if (i !== at.index) return current;
    return { ...current, [at.field]: value.trim() ? value : english[at.field] };
  });
  const changed = help.some((c, i) => JSON.stringify(c) !== JSON.stringify(defaults[i]));
  const texts = changed ? { ...others, help } : others;
  return { ...settings, localeTexts: { ...settings.localeTexts, [locale]: texts } };
}
