import { useId, useState } from 'react';
import { htmlLang, languageName } from '../lib/ui-text.ts';
import { useUiText } from './ui-text-context.tsx';

interface LanguagePickerProps {
  locales: string[];
  locale: string;
  onChange(locale: string): void;
}

/**
 * A list of the survey's languages, each named in itself, applied with a button: changing the
 * list alone never changes the page under a keyboard or screen reader user (WCAG 3.2.2).
 */
export function LanguagePicker({ locales, locale, onChange }: LanguagePickerProps) {
  const t = useUiText();
  const id = useId();
  const [selected, setSelected] = useState(locale);
  if (locales.length < 2) return null;
  return (
    <form
      className="language-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(selected);
      }}
    >
      <label htmlFor={id} className="language-picker__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        className="language-picker__select"
        value={selected}
        onChange={(event) => setSelected(event.target.value)}
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={htmlLang(code)}>
            {languageName(code)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary language-picker__button">
        {t('language.change')}
      </button>
    </form>
  );
}
