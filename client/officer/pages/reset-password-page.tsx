import { type FormEvent, useEffect, useRef, useState } from 'react';
import { setNewPassword } from '../admin/accounts-api.ts';
import { OfficerLayout } from '../officer-layout.tsx';
import { SURVEYS_PATH } from '../officer-routes.ts';

const MIN_LENGTH = 12;

interface FieldError {
  field: 'new-password' | 'confirm-password';
  message: string;
}

/**
 * Reads the token once and takes it out of the address bar, so it does not stay in the history or
 * show on a shared screen; the token is the only credential here, so nothing else is asked.
 */
function takeToken(): string {
  // Kept here: a second read (React may run initialisers twice) would find the address cleaned.
  if (taken === undefined) {
    taken = new URLSearchParams(window.location.search).get('token') ?? '';
    if (taken) window.history.replaceState(null, '', window.location.pathname);
  }
  return taken;
}
let taken: string | undefined;

export function ResetPasswordPage() {
  const [token] = useState(takeToken);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [linkProblem, setLinkProblem] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (errors.length > 0 || linkProblem) summary.current?.focus();
  }, [errors, linkProblem]);
  useEffect(() => {
    if (done) doneHeading.current?.focus();
  }, [done]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    const again = String(data.get('confirm') ?? '');
    const problems: FieldError[] = [];
    if ([...password].length < MIN_LENGTH) {
      problems.push({
        field: 'new-password',
        message: `Enter a password of at least ${MIN_LENGTH} characters`,
      });
    } else if (password !== again) {
      problems.push({ field: 'confirm-password', message: 'The two passwords are not the same' });
    }
    setLinkProblem('');
    if (problems.length > 0) return setErrors(problems);
    setBusy(true);
    const result = await setNewPassword(token, password);
    setBusy(false);
    if (result.ok) return setDone(true);
    if (result.kind === 'rejected' && result.code === 'weak_password') {
      return setErrors([{ field: 'new-password', message: result.message }]);
    }
    setErrors([]);
    setLinkProblem(
      result.kind === 'rejected'
        ? result.message
        : 'Your password could not be set. Try again later.',
    );
  }

  if (done) {
    return (
      <OfficerLayout title="Your password is set">
        <div className="panel panel--confirmation">
          <h1 className="panel__title" tabIndex={-1} ref={doneHeading}>
            Your password is set
          </h1>
        </div>
        <p className="body">
          <a href={SURVEYS_PATH}>Sign in with your new password</a>
        </p>
      </OfficerLayout>
    );
  }
  if (!token) {
    return (
      <OfficerLayout title="This link is not complete">
        <h1 className="heading-xl">This link is not complete</h1>
        <p className="body">
          Copy the whole link you were sent into the address bar, or ask an administrator for a new
          one.
        </p>
      </OfficerLayout>
    );
  }

  const errorFor = (field: FieldError['field']) => errors.find((e) => e.field === field);
  const failed = errors.length > 0 || linkProblem !== '';
  return (
    <OfficerLayout title={failed ? 'Error: Choose a password' : 'Choose a password'}>
      {failed && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby="error-summary-title"
        >
          <h2 className="heading-m" id="error-summary-title">
            There is a problem
          </h2>
          {linkProblem ? (
            <p className="body">{linkProblem}</p>
          ) : (
            <ul className="error-list">
              {errors.map((e) => (
                <li key={e.field}>
                  <a href={`#${e.field}`}>{e.message}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h1 className="heading-xl">Choose a password</h1>
      <p className="body">
        Choose a password for your council account of at least {MIN_LENGTH} characters. A few
        ordinary words in a row are easy to remember and hard to guess. This link works once.
      </p>
      <form onSubmit={submit} noValidate>
        <PasswordField
          name="password"
          id="new-password"
          label="New password"
          error={errorFor('new-password')}
        />
        <PasswordField
          name="confirm"
          id="confirm-password"
          label="Type the new password again"
          error={errorFor('confirm-password')}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Setting your password…' : 'Set password'}
        </button>
      </form>
    </OfficerLayout>
  );
}

interface PasswordFieldProps {
  name: string;
  id: FieldError['field'];
  label: string;
  error?: FieldError;
}

function PasswordField({ name, id, label, error }: PasswordFieldProps) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="form-error" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {error.message}
        </p>
      )}
      <input
        className="form-input"
        id={id}
        name={name}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}
