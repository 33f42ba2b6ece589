// The page wording in the chosen language: the notice before the questions, the thank-you message
// and, for those who need it, the app's own buttons and messages.
import type { DesignSettings } from '../../../server/designer-contracts.ts';
import { translator } from '../../lib/ui-text.ts';
import type { DraftState } from '../editor/use-design.ts';
import { englishName } from './language-choices.ts';
import { type PageTextKey, withPageText, withUiText } from './page-wording.ts';
import { UI_TEXT_IDS } from './ui-ids.ts';

interface PageWordingFieldsProps {
  settings: DesignSettings;
  locale: string;
  readOnly: boolean;
  update(change: (draft: DraftState) => DraftState): void;
}

const PAGE_TEXTS: { key: PageTextKey; label: string; standard: string }[] = [
  {
    key: 'privacyNotice',
    label: 'Privacy notice',
    standard: 'No notice has been written in the settings, so parents see the standard wording.',
  },
  {
    key: 'thankYou',
    label: 'Thank-you message',
    standard: 'Thank you. Your answers have been sent.',
  },
];

export function PageWordingFields({ settings, locale, readOnly, update }: PageWordingFieldsProps) {
  const language = englishName(locale);
  const texts = settings.localeTexts[locale] ?? {};
  // Only the survey's own wording overrides (texts.ui) matter to the English messages.
  const english = translator(
    {
      texts: { privacyNotice: '', thankYou: '', help: [], ui: settings.texts.ui },
      localeTexts: {},
    },
    'en',
  );
  const langAttr = locale === 'en-easy' ? 'en' : locale;
  const edit = (change: (s: DesignSettings) => DesignSettings) =>
    update((d) => ({ ...d, settings: change(d.settings) }));

  return (
    <div className="translations">
      <fieldset className="translations__group">
        <legend className="form-label">Page wording</legend>
        {PAGE_TEXTS.map(({ key, label, standard }) => {
          const id = `page-text-${locale}-${key}`;
          return (
            <div className="translations__row" key={key}>
              <div className="translations__original">
                <p className="form-hint form-hint--s">{label} in English</p>
                <p className="body" id={`${id}-en`} lang="en">
                  {settings.texts[key] ?? standard}
                </p>
              </div>
              <div className="translations__target">
                <label className="form-label form-label--s" htmlFor={id}>
                  {label} in {language}
                </label>
                <textarea
                  id={id}
                  className="form-input"
                  rows={4}
                  lang={langAttr}
                  aria-describedby={`${id}-en`}
                  value={texts[key] ?? ''}
                  readOnly={readOnly}
                  onChange={(e) => edit((s) => withPageText(s, locale, key, e.target.value))}
                />
              </div>
            </div>
          );
        })}
      </fieldset>
      <details className="translations__ui">
        <summary>Buttons and messages of the questionnaire page (optional)</summary>
        <p className="form-hint">
          Most languages have standard wording already. Write here only to change it.
        </p>
        {UI_TEXT_IDS.map((id) => {
          const field = `ui-text-${locale}-${id.replace(/\W/g, '-')}`;
          return (
            <div className="translations__row" key={id}>
              <div className="translations__original">
                <p className="body" id={`${field}-en`} lang="en">
                  {english(id)}
                </p>
              </div>
              <div className="translations__target">
                <label className="form-label form-label--s" htmlFor={field}>
                  In {language}
                  <span className="visually-hidden">: {english(id)}</span>
                </label>
                <input
                  id={field}
                  className="form-input"
                  lang={langAttr}
                  aria-describedby={`${field}-en`}
                  value={texts.ui?.[id] ?? ''}
                  readOnly={readOnly}
                  onChange={(e) => edit((s) => withUiText(s, locale, id, e.target.value))}
                />
              </div>
            </div>
          );
        })}
      </details>
    </div>
  );
}
