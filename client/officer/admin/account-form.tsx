import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type AccountSummary, addAccount, ROLES, type Role } from './accounts-api.ts';

const ROLE_TEXT: Record<Role, { label: string; hint: string }> = {
  officer: {
    label: 'Officer',
    hint: 'Reads reports, checks coding, exports, enters paper responses.',
  },
  designer: { label: 'Designer', hint: 'Builds questionnaires and lists of themes.' },
  admin: { label: 'Administrator', hint: 'Can do everything, including managing accounts.' },
};

interface FieldError {
  field: 'new-email' | 'new-role-officer';
  message: string;
}

interface AccountFormProps {
  onAdded: (user: AccountSummary, resetLink?: string) => void;
}

/** Adds an account without a password: its person sets one through the link shown afterwards. */
export function AccountForm({ onAdded }: AccountFormProps) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const role = ROLES.find((r) => r === data.get('role'));
    const forumMember = data.get('forumMember') === 'yes';
    const problems: FieldError[] = [];
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      problems.push({
        field: 'new-email',
        message: 'Enter an email address, like name@council.gov.uk',
      });
    }
    if (!role) problems.push({ field: 'new-role-officer', message: 'Choose a role' });
    if (problems.length > 0 || !role) return setErrors(problems);
    setBusy(true);
    const result = await addAccount(email, role, forumMember);
    setBusy(false);
    if (result.ok) {
      setErrors([]);
      form.current?.reset();
      onAdded(result.value.user, result.value.resetLink);
      return;
    }
    const message =
      result.kind === 'rejected'
        ? result.message
        : 'The account could not be added. Try again later.';
    setErrors([{ field: 'new-email', message }]);
  }

  const errorFor = (field: FieldError['field']) => errors.find((e) => e.field === field);
  const emailError = errorFor('new-email');
  const roleError = errorFor('new-role-officer');
  return (
    <section aria-labelledby="add-heading">
      <h2 className="heading-l" id="add-heading">
        Add an account
      </h2>
      {errors.length > 0 && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby="add-error-title"
        >
          <h3 className="heading-m" id="add-error-title">
            There is a problem
          </h3>
          <ul className="error-list">
            {errors.map((e) => (
              <li key={e.field + e.message}>
                <a href={`#${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form ref={form} onSubmit={submit} noValidate>
        <div className={emailError ? 'form-group form-group--error' : 'form-group'}>
          <label className="form-label" htmlFor="new-email">
            Email address
          </label>
          {emailError && (
            <p className="form-error" id="new-email-error">
              <span className="visually-hidden">Error:</span> {emailError.message}
            </p>
          )}
          <input
            className="form-input"
            id="new-email"
            name="email"
            type="email"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? 'new-email-error' : undefined}
          />
        </div>
        <div className={roleError ? 'form-group form-group--error' : 'form-group'}>
          <fieldset
            className="fieldset"
            aria-describedby={roleError ? 'new-role-error' : undefined}
          >
            <legend className="form-label">Role</legend>
            {roleError && (
              <p className="form-error" id="new-role-error">
                <span className="visually-hidden">Error:</span> {roleError.message}
              </p>
            )}
            {ROLES.map((role) => (
              <div className="choice" key={role}>
                <input
                  type="radio"
                  id={`new-role-${role}`}
                  name="role"
                  value={role}
                  aria-describedby={`new-role-${role}-hint`}
                />
                <div>
                  <label htmlFor={`new-role-${role}`}>{ROLE_TEXT[role].label}</label>
                  <span className="form-hint choice__hint" id={`new-role-${role}-hint`}>
                    {ROLE_TEXT[role].hint}
                  </span>
                </div>
              </div>
            ))}
          </fieldset>
        </div>
        <div className="form-group">
          <div className="choice">
            <input type="checkbox" id="new-forum" name="forumMember" value="yes" />
            <label htmlFor="new-forum">Member of the parent carer forum</label>
          </div>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Adding the account…' : 'Add account'}
        </button>
      </form>
    </section>
  );
}

export const roleLabel = (role: Role) => ROLE_TEXT[role].label;
