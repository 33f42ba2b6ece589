// The page wording in the chosen language: the notice before the questions, the thank-you
// message and the help contacts after them, each beside the wording English-speaking parents see.
import { DEFAULT_SURVEY_TEXTS, type DesignSettings } from '../../../server/designer-contracts.ts';
import { type HelpField, helpText, withHelpText } from './help-translation.ts';
import { defaultHelp, helpFieldId, pageFieldId } from './missing.ts';
import { type PageTextKey, withPageText } from './page-wording.ts';
import { TranslationRow, type WordingListProps } from './translation-row.tsx';

const PAGE_TEXTS: { key: PageTextKey; part: string }[] = [
  { key: 'privacyNotice', part: 'Privacy notice' },
  { key: 'thankYou', part: 'Thank-you message' },
];
const HELP_FIELDS: { field: HelpField; part: string }[] = [
  { field: 'name', part: 'Name' },
  { field: 'description', part: 'What it helps with' },
];

export function PageWordingFields(props: WordingListProps) {
  const { settings, locale, readOnly, missing, shown, update } = props;
  const texts = settings.localeTexts[locale] ?? {};
  const help = defaultHelp(settings);
  const edit = (change: (s: DesignSettings) => DesignSettings) =>
    update((d) => ({ ...d, settings: change(d.settings) }));
  const pageRows = PAGE_TEXTS.filter(({ key }) => shown(pageFieldId(locale, key)));
  const helpRows = help.flatMap((contact, index) =>
    HELP_FIELDS.filter(
      ({ field }) => contact[field] && shown(helpFieldId(locale, index, field)),
    ).map(({ field, part }) => ({ contact, index, field, part })),
  );

  return (
    <section className="translations" aria-labelledby="page-wording">
      <h4 className="heading-s" id="page-wording">
        Before and after the questions
      </h4>
      {pageRows.length + helpRows.length === 0 && (
        <p className="body">There is nothing here to show.</p>
      )}
      {pageRows.length > 0 && (
        <fieldset className="translations__group">
          <legend className="form-label">Page wording</legend>
          {pageRows.map(({ key, part }) => {
            const id = pageFieldId(locale, key);
            return (
              <TranslationRow
                key={key}
                id={id}
                part={part}
                locale={locale}
                original={settings.texts[key] ?? DEFAULT_SURVEY_TEXTS[key]}
                value={texts[key] ?? ''}
                missing={missing.has(id)}
                rows={4}
                readOnly={readOnly}
                onChange={(value) => edit((s) => withPageText(s, locale, key, value))}
              />
            );
          })}
        </fieldset>
      )}
      {helpRows.length > 0 && (
        <fieldset className="translations__group">
          <legend className="form-label">Where parents can get help</legend>
          <p className="form-hint">
            Websites and phone numbers stay the same. Names of organisations often do too.
          </p>
          {helpRows.map(({ contact, index, field, part }) => {
            const id = helpFieldId(locale, index, field);
            return (
              <TranslationRow
                key={id}
                id={id}
                part={`${part}: ${contact.name}`}
                locale={locale}
                original={contact[field] ?? ''}
                value={helpText(help, texts.help, index, field)}
                missing={missing.has(id)}
                rows={field === 'name' ? 1 : 2}
                readOnly={readOnly}
                onChange={(value) =>
                  edit((s) => withHelpText(s, help, locale, { index, field }, value))
                }
              />
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
