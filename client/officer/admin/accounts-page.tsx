import './accounts.css';
import { useEffect, useRef, useState } from 'react';
import { formatLondonDateTime } from '../../lib/london-date.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { LoadProblem } from '../pages/load-problem.tsx';
import { ProblemPage } from '../pages/problem-page.tsx';
import { useLoad } from '../use-load.ts';
import { AccountForm } from './account-form.tsx';
import { AccountItem } from './account-item.tsx';
import { type AccountSummary, fetchAccounts, fullLink } from './accounts-api.ts';

/** What the last action did, shown at the top where keyboard focus goes. */
export interface Outcome {
  title: string;
  text: string;
  link?: { path: string; expiresAt?: string };
}

export function AccountsPage({ account }: { account: Account }) {
  const loaded = useLoad(fetchAccounts, 'accounts');
  const [changed, setChanged] = useState<Record<string, AccountSummary>>({});
  const [added, setAdded] = useState<AccountSummary[]>([]);
  const [outcome, setOutcome] = useState<Outcome>();
  const banner = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) banner.current?.focus();
  }, [outcome]);

  const title = 'Accounts';
  if (account.user.role !== 'admin') {
    return (
      <ProblemPage
        account={account}
        title="You cannot see this page"
        message="Only administrators can manage accounts."
      />
    );
  }
  if (loaded.kind === 'loading') {
    return (
      <OfficerLayout title={title} account={account}>
        <h1 className="heading-xl">{title}</h1>
        <p className="body delayed-appear">Loading the accounts…</p>
      </OfficerLayout>
    );
  }
  if (!loaded.ok) return <LoadProblem failure={loaded} account={account} />;

  const accounts = [...added, ...loaded.value.filter((a) => !added.some((b) => b.id === a.id))]
    .map((a) => changed[a.id] ?? a)
    .sort((a, b) => a.email.localeCompare(b.email));
  const update = (user: AccountSummary, next: Outcome) => {
    setChanged((now) => ({ ...now, [user.id]: user }));
    setOutcome(next);
  };

  return (
    <OfficerLayout title={title} account={account}>
      {outcome && (
        <div
          className="panel panel--confirmation"
          role="status"
          tabIndex={-1}
          ref={banner}
          aria-labelledby="outcome-title"
        >
          <h2 className="panel__title" id="outcome-title">
            {outcome.title}
          </h2>
          <div className="panel__body">
            <p className="body">{outcome.text}</p>
            {outcome.link && (
              <>
                <code className="one-time-link">{fullLink(outcome.link.path)}</code>
                {outcome.link.expiresAt && (
                  <p className="body">
                    It works once, until {formatLondonDateTime(outcome.link.expiresAt)}.
                  </p>
                )}
              </>
            )}
          </div>
        </div>
      )}
      <h1 className="heading-xl">{title}</h1>
      <p className="body">
        Everyone who signs in to read reports or design questionnaires needs an account. Every
        change here is recorded with your name and the time.
      </p>
      <h2 className="heading-l">Everyone with an account</h2>
      <ul className="account-list">
        {accounts.map((a) => (
          <AccountItem key={a.id} account={a} self={a.id === account.user.id} onChange={update} />
        ))}
      </ul>
      <AccountForm
        onAdded={(user, resetLink) => {
          setAdded((now) => [user, ...now]);
          setOutcome({
            title: 'Account added',
            text: `Send ${user.email} this one-time link, so they can choose their password. It is not sent by email.`,
            link: resetLink ? { path: resetLink } : undefined,
          });
        }}
      />
    </OfficerLayout>
  );
}
