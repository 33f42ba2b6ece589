// One box for a 6-digit code from an authenticator app (or, when allowed, a recovery code).
import { type FormEvent, useId, useState } from 'react';

interface CodeFormProps {
  label: string;
  hint: string;
  button: string;
  error?: string;
  busy: boolean;
  onSubmit: (code: string) => void;
}

export function CodeForm({ label, hint, button, error, busy, onSubmit }: CodeFormProps) {
  const id = useId();
  const [missing, setMissing] = useState(false);
  const shown = missing ? 'Enter the code' : error;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    setMissing(code === '');
    if (code) onSubmit(code);
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className={shown ? 'form-group form-group--error' : 'form-group'}>
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
        <p className="body" id={`${id}-hint`}>
          {hint}
        </p>
        {shown && (
          <p className="form-error" id={`${id}-error`} role="alert">
            <span className="visually-hidden">Error:</span> {shown}
          </p>
        )}
        <input
          className="form-input"
          id={id}
          name="code"
          type="text"
          autoComplete="one-time-code"
          spellCheck={false}
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Checking…' : button}
      </button>
    </form>
  );
}
