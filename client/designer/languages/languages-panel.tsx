// The Languages tab: the languages a questionnaire carries, adding and removing one, and for the
// chosen language its wording side by side with the English, the page wording and a preview.
import './languages.css';
import { useRef, useState } from 'react';
import { ConfirmInline } from '../editor/confirm-inline.tsx';
import type { DraftState } from '../editor/use-design.ts';
import type { PreviewedSurvey } from '../preview/preview-survey.ts';
import { choiceFor, englishName, LANGUAGE_CHOICES, languagesOf } from './language-choices.ts';
import { LanguageWording } from './language-wording.tsx';
import { withoutLocale } from './localizable.ts';
import { withLanguage, withoutLanguage } from './page-wording.ts';

interface LanguagesPanelProps {
  draft: DraftState;
  survey: PreviewedSurvey;
  readOnly: boolean;
  update(change: (draft: DraftState) => DraftState): void;
}

const fullName = (code: string) => {
  const own = choiceFor(code)?.own;
  return own ? `${englishName(code)} (${own})` : englishName(code);
};

export function LanguagesPanel({ draft, survey, readOnly, update }: LanguagesPanelProps) {
  const languages = languagesOf(draft.json, draft.settings);
  const [chosen, setChosen] = useState<string | undefined>(languages[0]);
  const [adding, setAdding] = useState('');
  const [removing, setRemoving] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const current = chosen && languages.includes(chosen) ? chosen : languages[0];
  const addable = LANGUAGE_CHOICES.filter((c) => !languages.includes(c.code));
  const toAdd = addable.some((c) => c.code === adding) ? adding : (addable[0]?.code ?? '');

  const add = () => {
    if (!toAdd) return;
    update((d) => ({ ...d, settings: withLanguage(d.settings, toAdd) }));
    setChosen(toAdd);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const remove = (code: string) => {
    update((d) => ({
      ...d,
      json: withoutLocale(d.json, code),
      settings: withoutLanguage(d.settings, code),
    }));
    setRemoving(undefined);
    if (chosen === code) setChosen(undefined);
    listHeading.current?.focus();
  };
  const keep = (code: string) => {
    setRemoving(undefined);
    requestAnimationFrame(() => document.getElementById(`remove-${code}`)?.focus());
  };

  return (
    <div className="languages">
      <h2 className="heading-l" ref={listHeading} tabIndex={-1}>
        Languages
      </h2>
      <p className="body">
        Parents can read this questionnaire in any language listed here, and pick one on the page.
        Easy read is a simpler version in English. Translations keep the same questions, so all the
        answers are counted together in reports.
      </p>
      <ul className="languages__list" aria-label="Languages of this questionnaire">
        <li className="languages__item">
          <span>English (the main language)</span>
        </li>
        {languages.map((code) => (
          <li className="languages__item" key={code}>
            <span lang={code === 'en-easy' ? 'en' : code}>{fullName(code)}</span>
            <button
              type="button"
              className="small-button"
              aria-pressed={code === current}
              onClick={() => setChosen(code)}
            >
              Translate<span className="visually-hidden"> into {englishName(code)}</span>
            </button>
            {!readOnly && (
              <button
                id={`remove-${code}`}
                type="button"
                className="small-button small-button--warning"
                onClick={() => setRemoving(code)}
              >
                Remove<span className="visually-hidden"> {englishName(code)}</span>
              </button>
            )}
            {removing === code && (
              <ConfirmInline
                legend={`Remove ${englishName(code)}?`}
                yes="Yes, remove it"
                no="No, keep it"
                onYes={() => remove(code)}
                onNo={() => keep(code)}
              >
                <p className="body">
                  Remove {englishName(code)} and all its wording? Parents will no longer be able to
                  choose it.
                </p>
              </ConfirmInline>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && addable.length > 0 && (
        <div className="form-group languages__add">
          <label className="form-label form-label--s" htmlFor="language-to-add">
            Add a language
          </label>
          <select
            id="language-to-add"
            className="form-select"
            value={toAdd}
            onChange={(e) => setAdding(e.target.value)}
          >
            {addable.map((c) => (
              <option key={c.code} value={c.code}>
                {c.own ? `${c.english} – ${c.own}` : c.english}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={add}>
            Add language
          </button>
        </div>
      )}
      {current ? (
        <LanguageWording
          key={current}
          draft={draft}
          survey={survey}
          locale={current}
          heading={`Wording in ${fullName(current)}`}
          headingRef={heading}
          readOnly={readOnly}
          update={update}
        />
      ) : (
        <p className="inset body">
          This questionnaire is in English only. Add a language to translate it.
        </p>
      )}
    </div>
  );
}
