import { useRef, useState } from 'react';
import { roleLabel } from './account-form.tsx';
import { type AccountSummary, issueResetLink, setAccountDisabled } from './accounts-api.ts';
import type { Outcome } from './accounts-page.tsx';

type Pending = 'disable' | 'enable' | 'reset';

const QUESTIONS: Record<Pending, (email: string) => string> = {
  disable: (email) =>
    `Disable ${email}? They are signed out at once and cannot sign in until enabled again.`,
  enable: (email) => `Enable ${email}? They can sign in again with their password.`,
  reset: (email) =>
    `Make a new one-time link for ${email} to set a password? Any earlier link stops working.`,
};

const ACTION_TEXT: Record<Pending, string> = {
  disable: 'Yes, disable',
  enable: 'Yes, enable',
  reset: 'Yes, make a link',
};

interface AccountItemProps {
  account: AccountSummary;
  /** The signed-in admin: they cannot disable themselves. */
  self: boolean;
  onChange: (account: AccountSummary, outcome: Outcome) => void;
}

/** One account with its actions; each action asks to be confirmed before anything changes. */
export function AccountItem({ account, self, onChange }: AccountItemProps) {
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const item = useRef<HTMLLIElement>(null);
  const email = account.email;

  function ask(action: Pending) {
    setError('');
    setPending(action);
    requestAnimationFrame(() => confirmButton.current?.focus());
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    if (pending === 'reset') {
      const result = await issueResetLink(account.id);
      setBusy(false);
      if (!result.ok) return setError('The link could not be made. Try again.');
      setPending(undefined);
      const { link, expiresAt } = result.value;
      return onChange(account, {
        title: 'New link made',
        text: `Send ${email} this one-time link to set a new password. It is not sent by email.`,
        link: { path: link, expiresAt },
      });
    }
    const result = await setAccountDisabled(account.id, pending === 'disable');
    setBusy(false);
    if (!result.ok) {
      return setError(
        result.kind === 'rejected' ? result.message : 'The change could not be saved. Try again.',
      );
    }
    setPending(undefined);
    onChange(result.value, {
      title: result.value.disabled ? 'Account disabled' : 'Account enabled',
      text: result.value.disabled
        ? `${email} can no longer sign in.`
        : `${email} can sign in again.`,
    });
  }

  return (
    <li
      ref={item}
      className={account.disabled ? 'account-item account-item--disabled' : 'account-item'}
    >
      <h3 className="heading-s account-item__email">{email}</h3>
      <p className="body">
        {roleLabel(account.role)}
        {account.forumMember ? ', parent carer forum member' : ''}.{' '}
        <strong className={account.disabled ? 'tag tag--grey' : 'tag tag--green'}>
          {account.disabled ? 'Disabled' : 'Active'}
        </strong>
      </p>
      {error && (
        <p className="form-error" role="alert">
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      {pending ? (
        <div className="notification">
          <p className="body">{QUESTIONS[pending](email)}</p>
          <div className="button-group account-item__actions">
            <button
              type="button"
              ref={confirmButton}
              className={pending === 'disable' ? 'button button--warning' : 'button'}
              onClick={confirm}
              disabled={busy}
            >
              {ACTION_TEXT[pending]}
              <span className="visually-hidden"> {email}</span>
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setPending(undefined);
                // The question is gone: return focus to this account's first action.
                requestAnimationFrame(() => item.current?.querySelector('button')?.focus());
              }}
              disabled={busy}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="button-group account-item__actions">
          {account.disabled ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => ask('enable')}
            >
              Enable<span className="visually-hidden"> {email}</span>
            </button>
          ) : (
            !self && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => ask('disable')}
              >
                Disable<span className="visually-hidden"> {email}</span>
              </button>
            )
          )}
          <button type="button" className="button button--secondary" onClick={() => ask('reset')}>
            Make a password link<span className="visually-hidden"> for {email}</span>
          </button>
        </div>
      )}
    </li>
  );
}
