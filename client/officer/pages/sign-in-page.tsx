import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import type { Failure, OfficerUser } from '../officer-api.ts';
import { OfficerLayout } from '../officer-layout.tsx';
import { fetchSignInOptions, signInWithPassword } from '../second-factor/second-factor-api.ts';
import { SecondStep, userAfterPassword } from '../second-factor/second-step.tsx';

interface FieldError {
  field: 'email' | 'password';
  message: string;
}

function explain(failure: Failure): FieldError {
  if (failure.kind === 'rejected' && failure.code === 'too_many_attempts') {
    const minutes = Math.max(1, Math.ceil((failure.retryAfter ?? 60) / 60));
    const wait = minutes === 1 ? '1 minute' : `${minutes} minutes`;
    return {
      field: 'email',
      message: `There have been too many failed attempts to sign in to this account. Wait ${wait} and try again.`,
    };
  }
  if (failure.kind === 'rejected' && failure.code === 'invalid_credentials') {
    return {
      field: 'email',
      message: 'The email address or password is not right. Check them and try again.',
    };
  }
  return {
    field: 'email',
    message: 'Sorry, we could not sign you in. Try again in a few minutes.',
  };
}

/** Why the identity provider's sign-in came back without a session (?sign_in_problem=). */
const PROVIDER_PROBLEMS: Record<string, string> = {
  no_account:
    'There is no SEND Voice account for your organisation email address, or it is switched off. Ask your administrator to give you an account.',
  email_not_verified:
    'Your organisation account does not confirm your email address. Ask your administrator.',
  expired: 'Signing in took too long or was interrupted. Try again.',
  provider_unavailable: 'Your organisation sign-in is not answering. Try again in a few minutes.',
  provider_refused: 'Your organisation sign-in did not let you in. Try again.',
};

function providerProblem(): string | undefined {
  const code = new URLSearchParams(window.location.search).get('sign_in_problem');
  return code ? (PROVIDER_PROBLEMS[code] ?? PROVIDER_PROBLEMS.provider_refused) : undefined;
}

type Step = { next: 'password' } | { next: 'second_factor' | 'enrol'; pendingToken: string };

interface SignInPageProps {
  notice?: string;
  onSignedIn: (user: OfficerUser) => void;
  /** The page frame: the designer signs in through this same form inside its own layout. */
  Layout?: (props: { title: string; children: ReactNode }) => ReactNode;
  intro?: string;
}

const OFFICER_INTRO = 'Sign in with the email address and password of your council account.';

export function SignInPage({
  notice,
  onSignedIn,
  Layout = OfficerLayout,
  intro = OFFICER_INTRO,
}: SignInPageProps) {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<Step>({ next: 'password' });
  const [organisation, setOrganisation] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const problem = providerProblem();

  useEffect(() => {
    fetchSignInOptions().then((r) => setOrganisation(r.ok && r.value.organisationSignIn));
  }, []);

  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const missing: FieldError[] = [];
    if (!email) missing.push({ field: 'email', message: 'Enter your email address' });
    if (!password) missing.push({ field: 'password', message: 'Enter your password' });
    if (missing.length > 0) return setErrors(missing);
    setBusy(true);
    const result = await signInWithPassword(email, password);
    if (!result.ok) {
      setBusy(false);
      return setErrors([explain(result)]);
    }
    if (result.value.next !== 'signed_in') {
      setBusy(false);
      return setStep(result.value);
    }
    const user = await userAfterPassword();
    setBusy(false);
    if (user) onSignedIn(user);
    else setErrors([explain({ kind: 'failed' })]);
  }

  if (step.next !== 'password') {
    return (
      <Layout title="Sign in">
        <SecondStep next={step.next} pendingToken={step.pendingToken} onSignedIn={onSignedIn} />
      </Layout>
    );
  }

  const errorFor = (field: FieldError['field']) => errors.find((e) => e.field === field);
  return (
    <Layout title={errors.length > 0 ? 'Error: Sign in' : 'Sign in'}>
      {errors.length > 0 && (
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
          <ul className="error-list">
            {errors.map((e) => (
              <li key={e.field + e.message}>
                <a href={`#${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {notice && errors.length === 0 && (
        <div className="notification" role="status">
          <p className="body">{notice}</p>
        </div>
      )}
      {problem && errors.length === 0 && (
        <div className="notification" role="alert">
          <p className="body">{problem}</p>
        </div>
      )}
      <h1 className="heading-xl">Sign in</h1>
      {organisation && (
        <p className="body">
          <a className="button button--secondary" href="/api/session/oidc/start">
            Sign in with your organisation account
          </a>
        </p>
      )}
      <p className="body">{intro}</p>
      <form onSubmit={submit} noValidate>
        <Field
          name="email"
          label="Email address"
          type="email"
          autoComplete="username"
          error={errorFor('email')}
        />
        <Field
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errorFor('password')}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </Layout>
  );
}

interface FieldProps {
  name: string;
  label: string;
  type: string;
  autoComplete: string;
  error?: FieldError;
}

function Field({ name, label, type, autoComplete, error }: FieldProps) {
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="form-label" htmlFor={name}>
        {label}
      </label>
      {error && (
        <p className="form-error" id={`${name}-error`}>
          <span className="visually-hidden">Error:</span> {error.message}
        </p>
      )}
      <input
        className="form-input"
        id={name}
        name={name}
        type={type}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      />
    </div>
  );
}
