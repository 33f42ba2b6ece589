// What follows a correct password for an account with a second factor (a code) or one that must
// set one up first (an administrator requires it). No session exists until this step is done.
import { useEffect, useState } from 'react';
import { loadSession, type OfficerUser } from '../officer-api.ts';
import { CodeForm } from './code-form.tsx';
import {
  confirmPendingSetup,
  type SecondFactorSetup,
  sendCode,
  startPendingSetup,
} from './second-factor-api.ts';
import { explainCodeFailure, RecoveryCodes, SetupPanel } from './setup-panel.tsx';

interface SecondStepProps {
  next: 'second_factor' | 'enrol';
  pendingToken: string;
  onSignedIn: (user: OfficerUser) => void;
}

export function SecondStep({ next, pendingToken, onSignedIn }: SecondStepProps) {
  return next === 'second_factor' ? (
    <CodeStep pendingToken={pendingToken} onSignedIn={onSignedIn} />
  ) : (
    <SetupStep pendingToken={pendingToken} onSignedIn={onSignedIn} />
  );
}

function CodeStep({ pendingToken, onSignedIn }: Omit<SecondStepProps, 'next'>) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(code: string) {
    setBusy(true);
    const result = await sendCode(pendingToken, code);
    setBusy(false);
    if (result.ok) onSignedIn(result.value.user);
    else setError(explainCodeFailure(result));
  }

  return (
    <>
      <h1 className="heading-xl">Enter your code</h1>
      <CodeForm
        label="Code"
        hint="Enter the 6-digit code from your authenticator app. If you do not have your phone, enter one of your recovery codes."
        button="Continue"
        error={error}
        busy={busy}
        onSubmit={submit}
      />
    </>
  );
}

function SetupStep({ pendingToken, onSignedIn }: Omit<SecondStepProps, 'next'>) {
  const [setup, setSetup] = useState<SecondFactorSetup | 'failed'>();
  const [done, setDone] = useState<{ user: OfficerUser; codes: string[] }>();

  useEffect(() => {
    startPendingSetup(pendingToken).then((r) => setSetup(r.ok ? r.value : 'failed'));
  }, [pendingToken]);

  async function confirm(code: string) {
    const result = await confirmPendingSetup(pendingToken, code);
    if (!result.ok) return result;
    setDone({ user: result.value.user, codes: result.value.extra.recoveryCodes });
    return undefined;
  }

  return (
    <>
      <h1 className="heading-xl">Set up a second way to sign in</h1>
      {done ? (
        <RecoveryCodes codes={done.codes} onDone={() => onSignedIn(done.user)} />
      ) : setup === 'failed' ? (
        <p className="body">Sorry, this could not be started. Reload the page and sign in again.</p>
      ) : setup ? (
        <>
          <p className="body">
            Your council requires a code from your phone as well as your password. Set it up now to
            continue.
          </p>
          <SetupPanel setup={setup} onConfirm={confirm} />
        </>
      ) : (
        <p className="body delayed-appear">Loading…</p>
      )}
    </>
  );
}

/** Used when the password alone started the session: fetch it to learn the CSRF token. */
export async function userAfterPassword() {
  const session = await loadSession();
  return session.ok ? session.value : undefined;
}
