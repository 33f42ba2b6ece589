// Setting up an authenticator app: the QR code and the secret as text (shown this once), then a
// code from the app to prove it works, then the recovery codes (also shown once).
import { useState } from 'react';
import type { Failure } from '../officer-api.ts';
import { CodeForm } from './code-form.tsx';
import type { SecondFactorSetup } from './second-factor-api.ts';

export function explainCodeFailure(failure: Failure): string {
  if (failure.kind === 'rejected' && failure.code === 'too_many_attempts') {
    return 'There have been too many wrong codes. Wait a few minutes and try again.';
  }
  if (failure.kind === 'rejected' && failure.code === 'sign_in_expired') {
    return 'This sign-in has expired. Reload the page and sign in again.';
  }
  if (failure.kind === 'rejected') {
    return 'The code is not right, or it has been used already. Check your app and try again.';
  }
  return 'Sorry, something went wrong. Try again in a few minutes.';
}

interface SetupPanelProps {
  setup: SecondFactorSetup;
  onConfirm: (code: string) => Promise<Failure | undefined>;
}

export function SetupPanel({ setup, onConfirm }: SetupPanelProps) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const image = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`;

  async function confirm(code: string) {
    setBusy(true);
    const failure = await onConfirm(code);
    setBusy(false);
    setError(failure && explainCodeFailure(failure));
  }

  return (
    <>
      <p className="body">
        Open an authenticator app on your phone (for example Microsoft Authenticator or Google
        Authenticator) and scan this QR code.
      </p>
      <img src={image} width={200} height={200} alt="QR code to scan with an authenticator app" />
      <p className="body">
        If you cannot scan it, enter this key in the app instead: <code>{setup.secret}</code>
      </p>
      <p className="body">This key is shown only once. Do not share it.</p>
      <CodeForm
        label="Code from the app"
        hint="Enter the 6-digit code the app shows for SEND Voice."
        button="Confirm"
        error={error}
        busy={busy}
        onSubmit={confirm}
      />
    </>
  );
}

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <>
      <h2 className="heading-m">Your recovery codes</h2>
      <p className="body">
        If you lose your phone, you can sign in with one of these codes instead. Each works once.
        Print them or keep them somewhere safe: they will not be shown again.
      </p>
      <ul className="inset">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDone}>
        I have saved my recovery codes
      </button>
    </>
  );
}
