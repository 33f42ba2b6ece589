// The questionnaire's wording side by side: the English on the left, a box for the chosen
// language on the right, grouped by page and question.
import type { Json } from '../editor/survey-json.ts';
import type { DraftState } from '../editor/use-design.ts';
import { type Entry, entriesOf, readEntry, writeEntry } from './entries.ts';
import { englishName } from './language-choices.ts';

interface TranslationListProps {
  json: Json;
  locale: string;
  readOnly: boolean;
  update(change: (draft: DraftState) => DraftState): void;
}

function groups(entries: Entry[]): [string, Entry[]][] {
  const byGroup = new Map<string, Entry[]>();
  for (const entry of entries)
    byGroup.set(entry.group, [...(byGroup.get(entry.group) ?? []), entry]);
  return [...byGroup];
}

const htmlId = (locale: string, entry: Entry) => `tr-${locale}-${entry.id.replace(/\W/g, '-')}`;

export function TranslationList({ json, locale, readOnly, update }: TranslationListProps) {
  const entries = entriesOf(json);
  const language = englishName(locale);
  if (entries.length === 0) {
    return <p className="body">There is no wording to translate yet. Add questions first.</p>;
  }
  return (
    <div className="translations">
      {groups(entries).map(([group, members]) => (
        <fieldset className="translations__group" key={group}>
          <legend className="form-label">{group}</legend>
          {members.map((entry) => {
            const id = htmlId(locale, entry);
            return (
              <div className="translations__row" key={entry.id}>
                <div className="translations__original">
                  <p className="form-hint form-hint--s">{entry.part} in English</p>
                  <p className="body" id={`${id}-en`} lang="en">
                    {entry.original}
                  </p>
                </div>
                <div className="translations__target">
                  <label className="form-label form-label--s" htmlFor={id}>
                    {entry.part} in {language}
                  </label>
                  <textarea
                    id={id}
                    className="form-input"
                    rows={2}
                    lang={locale === 'en-easy' ? 'en' : locale}
                    aria-describedby={`${id}-en`}
                    value={readEntry(json, entry, locale)}
                    readOnly={readOnly}
                    onChange={(e) =>
                      update((d) => ({
                        ...d,
                        json: writeEntry(d.json, entry, locale, e.target.value),
                      }))
                    }
                  />
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
