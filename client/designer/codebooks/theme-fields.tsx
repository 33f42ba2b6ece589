import './codebooks.css';
import { useEffect, useRef } from 'react';
import { KEYWORD_FIELDS, keywordProblems, type ThemeForm } from './codebook-form.ts';
import { KeywordHelp } from './keyword-help.tsx';

type ListField = 'strong' | 'weak' | 'exclude' | 'examples';

const LISTS: { field: ListField; label: string; hint: string }[] = [
  {
    field: 'strong',
    label: 'Strong words and phrases',
    hint: 'Any one of these on its own shows the answer is about this theme. One per line.',
  },
  {
    field: 'weak',
    label: 'Weak words and phrases',
    hint: 'These only hint at the theme: two of them, or one with a strong word, are needed. One per line.',
  },
  {
    field: 'exclude',
    label: 'Phrases that cancel a match',
    hint: 'If one of these covers the matched words, the theme is not tagged (for example "no wait"). One per line.',
  },
  {
    field: 'examples',
    label: 'Example answers',
    hint: 'Real-sounding answers that belong to this theme, to help people reading the codebook. One per line.',
  },
];

interface ThemeFieldsProps {
  theme: ThemeForm;
  onChange: (theme: ThemeForm) => void;
  onRemove?: () => void;
  /** Open and focused: a theme just added. */
  fresh?: boolean;
  readOnly?: boolean;
  /** Marks each keyword line the tagger could not use; set once a save or preview was refused. */
  showProblems?: boolean;
}

/** One theme, folded away until opened so that a long codebook stays easy to scan. */
export function ThemeFields({
  theme,
  onChange,
  onRemove,
  fresh = false,
  readOnly = false,
  showProblems = false,
}: ThemeFieldsProps) {
  const labelInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (fresh) labelInput.current?.focus();
  }, [fresh]);
  const id = (field: string) => `theme-${theme.key}-${field}`;
  const set = (field: keyof ThemeForm, value: string) => onChange({ ...theme, [field]: value });
  const problems = (field: ListField) =>
    showProblems && field !== 'examples' ? keywordProblems(theme, field) : [];
  const anyProblem = KEYWORD_FIELDS.some((field) => problems(field).length > 0);
  return (
    <details className="theme-card" open={fresh || anyProblem || undefined}>
      <summary className="theme-card__summary">
        {theme.label.trim() || 'New theme'}
        {theme.isNew && <span className="tag tag--green theme-card__tag">New</span>}
      </summary>
      <div className="form-group">
        <label className="form-label" htmlFor={id('label')}>
          Theme name
        </label>
        <input
          ref={labelInput}
          className="form-input"
          id={id('label')}
          value={theme.label}
          readOnly={readOnly}
          aria-describedby={id('name-hint')}
          onChange={(e) => set('label', e.currentTarget.value)}
        />
        <p className="form-hint" id={id('name-hint')}>
          {theme.isNew
            ? 'Shown in reports. Choose it carefully: reports compare themes over time.'
            : `Shown in reports. Reports know this theme as "${theme.id}", which never changes.`}
        </p>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={id('description')}>
          What this theme covers
        </label>
        <textarea
          className="form-textarea"
          id={id('description')}
          rows={3}
          value={theme.description}
          readOnly={readOnly}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
      </div>
      <KeywordHelp id={id('help')} />
      {LISTS.map(({ field, label, hint }) => {
        const bad = problems(field);
        const describedBy = [id(`${field}-hint`), bad.length > 0 && id(`${field}-error`)];
        return (
          <div
            className={bad.length > 0 ? 'form-group form-group--error' : 'form-group'}
            key={field}
          >
            <label className="form-label" htmlFor={id(field)}>
              {label}
            </label>
            <p className="form-hint" id={id(`${field}-hint`)}>
              {hint}
            </p>
            {bad.length > 0 && (
              <ul className="form-error keyword-errors" id={id(`${field}-error`)}>
                {bad.map(({ term, problem }) => (
                  <li key={term}>
                    <span className="visually-hidden">Error: </span>‘{term}’: {problem}.
                  </li>
                ))}
              </ul>
            )}
            <textarea
              className="form-textarea"
              id={id(field)}
              rows={field === 'examples' ? 4 : 5}
              value={theme[field]}
              readOnly={readOnly}
              aria-describedby={describedBy.filter(Boolean).join(' ')}
              aria-invalid={bad.length > 0 || undefined}
              onChange={(e) => set(field, e.currentTarget.value)}
            />
          </div>
        );
      })}
      {onRemove && (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          Remove this new theme
        </button>
      )}
    </details>
  );
}
