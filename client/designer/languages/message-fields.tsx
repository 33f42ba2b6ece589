// The app's own buttons and messages in the chosen language, screen by screen. Easy read has
// standard wording for most of them; other languages need the team's own.
import { builtInText, translator } from '../../lib/ui-text.ts';
import { uiFieldId } from './missing.ts';
import { withUiText } from './page-wording.ts';
import { TranslationRow, type WordingListProps } from './translation-row.tsx';
import { idsOf, UI_TEXT_GROUPS } from './ui-ids.ts';

export function MessageFields(props: WordingListProps) {
  const { settings, locale, readOnly, missing, shown, update } = props;
  const texts = settings.localeTexts[locale] ?? {};
  // Only the survey's own wording overrides (texts.ui) matter to the English messages.
  const english = translator(
    {
      texts: { privacyNotice: '', thankYou: '', help: [], ui: settings.texts.ui },
      localeTexts: {},
    },
    'en',
  );
  const groups = UI_TEXT_GROUPS.map((group) => ({
    ...group,
    ids: idsOf(group.key).filter((id) => shown(uiFieldId(locale, id))),
  })).filter((group) => group.ids.length > 0);

  return (
    <details className="translations__ui" id={`ui-texts-${locale}`}>
      <summary>Buttons and messages of the questionnaire page</summary>
      <p className="form-hint">
        Write here to change the standard wording, or to give wording where the language has none.
      </p>
      {groups.length === 0 && <p className="body">There is nothing here to show.</p>}
      {groups.map(({ key, label, ids }) => (
        <fieldset className="translations__group" key={key}>
          <legend className="form-label">{label}</legend>
          {ids.map((id) => {
            const field = uiFieldId(locale, id);
            return (
              <TranslationRow
                key={id}
                id={field}
                part="Message"
                labelDetail={english(id)}
                locale={locale}
                original={english(id)}
                value={texts.ui?.[id] ?? ''}
                standard={builtInText(locale, id)}
                missing={missing.has(field)}
                rows={1}
                readOnly={readOnly}
                onChange={(value) =>
                  update((d) => ({ ...d, settings: withUiText(d.settings, locale, id, value) }))
                }
              />
            );
          })}
        </fieldset>
      ))}
    </details>
  );
}
