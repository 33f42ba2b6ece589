// A code-like field (a question's name in the data, an option's stored value) whose value is
// only passed on once it is valid, so conditions and settings never follow a half-typed or
// clashing value. Until then the field shows what was typed and says what is wrong.
import { useState } from 'react';

interface GuardedFieldProps {
  id: string;
  label: string;
  /** Smaller label, for fields inside a list. */
  small?: boolean;
  hint?: string;
  value: string;
  readOnly: boolean;
  /** What is wrong with a typed value, or undefined when it may be used. */
  problemOf(typed: string): string | undefined;
  onChange(value: string): void;
}

export function GuardedField(props: GuardedFieldProps) {
  const { id, value, hint } = props;
  const [typed, setTyped] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setTyped(value);
  }
  const problem = typed === value ? undefined : props.problemOf(typed);
  const described = [hint && `${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={problem ? 'form-group form-group--error' : 'form-group'}>
      <label className={props.small ? 'form-label form-label--s' : 'form-label'} htmlFor={id}>
        {props.label}
      </label>
      {hint && (
        <p className={props.small ? 'form-hint form-hint--s' : 'form-hint'} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="form-error" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {problem}
        </p>
      )}
      <input
        id={id}
        className="form-input form-input--code"
        value={typed}
        spellCheck={false}
        readOnly={props.readOnly}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => {
          const next = e.target.value;
          setTyped(next);
          if (!props.problemOf(next)) props.onChange(next);
        }}
      />
    </div>
  );
}
