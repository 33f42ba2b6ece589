// An action's wording in one of the languages the survey's questionnaire offers, for the public
// "You said, we did" page in that language.
import { useId, useState } from 'react';
import type { ActionHistoryView } from '../../../server/action-history-contracts.ts';
import { saveText } from './actions-api.ts';

interface TranslationFormProps {
  slug: string;
  actionId: string;
  history: ActionHistoryView;
  onSaved: (message: string) => void;
}

const languageName = (locale: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
};

export function ActionTranslationForm({ slug, actionId, history, onSaved }: TranslationFormProps) {
  const id = useId();
  const first = history.locales[0] ?? '';
  const [locale, setLocale] = useState(first);
  const textOf = (l: string) => history.texts.find((t) => t.locale === l);
  const [title, setTitle] = useState(textOf(first)?.title ?? '');
  const [description, setDescription] = useState(textOf(first)?.description ?? '');
  if (history.locales.length === 0) return null;

  function choose(next: string) {
    setLocale(next);
    setTitle(textOf(next)?.title ?? '');
    setDescription(textOf(next)?.description ?? '');
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await saveText(slug, actionId, locale, { title, description });
    if (!result.ok) {
      onSaved(result.kind === 'rejected' ? result.message : 'The translation was not saved.');
      return;
    }
    onSaved(`The ${languageName(locale)} wording was saved.`);
  }

  return (
    <form onSubmit={submit} noValidate>
      <h4 className="heading-s">Other languages</h4>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-locale`}>
          Language
        </label>
        <select
          id={`${id}-locale`}
          className="form-input"
          value={locale}
          onChange={(e) => choose(e.target.value)}
        >
          {history.locales.map((l) => (
            <option key={l} value={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-title`}>
          Title in this language
        </label>
        <input
          id={`${id}-title`}
          className="form-input"
          lang={locale}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-description`}>
          Description in this language
        </label>
        <textarea
          id={`${id}-description`}
          className="form-input"
          lang={locale}
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--secondary">
        Save translation
      </button>
    </form>
  );
}
