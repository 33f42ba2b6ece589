// /officer/second-factor: whether the account has a code from an authenticator app as a second
// way to sign in, and setting one up. Removing one is an administrator's job (a lost phone).
import { useEffect, useState } from 'react';
import type { Account } from '../officer-layout.tsx';
import { OfficerLayout } from '../officer-layout.tsx';
import {
  confirmOwnSetup,
  fetchOwnSecondFactor,
  type SecondFactorSetup,
  startOwnSetup,
} from '../second-factor/second-factor-api.ts';
import { RecoveryCodes, SetupPanel } from '../second-factor/setup-panel.tsx';

type State =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'enrolled'; recoveryCodesLeft: number }
  | { kind: 'not_enrolled' }
  | { kind: 'setting_up'; setup: SecondFactorSetup }
  | { kind: 'codes'; codes: string[] };

export function SecondFactorPage({ account }: { account: Account }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    fetchOwnSecondFactor().then((r) => {
      if (!r.ok) return setState({ kind: 'failed' });
      const { enrolled, recoveryCodesLeft } = r.value;
      setState(enrolled ? { kind: 'enrolled', recoveryCodesLeft } : { kind: 'not_enrolled' });
    });
  }, []);

  async function start() {
    const result = await startOwnSetup();
    setState(result.ok ? { kind: 'setting_up', setup: result.value } : { kind: 'failed' });
  }

  async function confirm(code: string) {
    const result = await confirmOwnSetup(code);
    if (!result.ok) return result;
    setState({ kind: 'codes', codes: result.value.recoveryCodes });
    return undefined;
  }

  const title = 'Sign-in code';
  return (
    <OfficerLayout title={title} account={account}>
      <h1 className="heading-xl">{title}</h1>
      {state.kind === 'loading' && <p className="body delayed-appear">Loading…</p>}
      {state.kind === 'failed' && (
        <p className="body">Sorry, there is a problem. Reload the page to try again.</p>
      )}
      {state.kind === 'enrolled' && (
        <p className="body">
          Signing in with your password also asks for a code from your authenticator app. You have{' '}
          {state.recoveryCodesLeft} recovery codes left. If you lose your phone, ask an
          administrator to reset your sign-in code.
        </p>
      )}
      {state.kind === 'not_enrolled' && (
        <>
          <p className="body">
            Make your account safer: after your password, also ask for a code from an authenticator
            app on your phone.
          </p>
          <button type="button" className="button" onClick={start}>
            Set up a sign-in code
          </button>
        </>
      )}
      {state.kind === 'setting_up' && <SetupPanel setup={state.setup} onConfirm={confirm} />}
      {state.kind === 'codes' && (
        <RecoveryCodes
          codes={state.codes}
          onDone={() => setState({ kind: 'enrolled', recoveryCodesLeft: state.codes.length })}
        />
      )}
    </OfficerLayout>
  );
}
