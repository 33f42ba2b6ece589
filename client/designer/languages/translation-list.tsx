// The questionnaire's wording side by side with the chosen language, grouped by the questionnaire
// as a whole, its pages, sections and questions.
import type { Json } from '../editor/survey-json.ts';
import { type Entry, entriesOf, readEntry, writeEntry } from './entries.ts';
import { entryFieldId } from './missing.ts';
import { TranslationRow, type WordingListProps } from './translation-row.tsx';

/** The questions' wording lives in the definition and its title, not in the settings. */
type TranslationListProps = Omit<WordingListProps, 'settings'> & { json: Json; title: string };

function groups(entries: Entry[]): [string, Entry[]][] {
  const byGroup = new Map<string, Entry[]>();
  for (const entry of entries)
    byGroup.set(entry.group, [...(byGroup.get(entry.group) ?? []), entry]);
  return [...byGroup];
}

export function TranslationList(props: TranslationListProps) {
  const { json, title, locale, readOnly, missing, shown, update } = props;
  const entries = entriesOf(json, title).filter((entry) => shown(entryFieldId(locale, entry)));
  return (
    <section className="translations" aria-labelledby="question-wording">
      <h4 className="heading-s" id="question-wording">
        The questions
      </h4>
      {entries.length === 0 && <p className="body">There is nothing here to show.</p>}
      {groups(entries).map(([group, members]) => (
        <fieldset className="translations__group" key={group}>
          <legend className="form-label">{group}</legend>
          {members.map((entry) => {
            const id = entryFieldId(locale, entry);
            return (
              <TranslationRow
                key={entry.id}
                id={id}
                part={entry.part}
                locale={locale}
                original={entry.original}
                value={readEntry(json, entry, locale)}
                missing={missing.has(id)}
                readOnly={readOnly}
                onChange={(value) =>
                  update((d) => ({ ...d, json: writeEntry(d.json, entry, locale, value) }))
                }
              />
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
