import type { Failure } from '../designer-api.ts';
import { type Account, DesignerLayout } from '../designer-layout.tsx';
import { HOME_PATH } from '../designer-routes.ts';

interface ProblemPageProps {
  account?: Account;
  title?: string;
  message?: string;
}

export function ProblemPage({ account, title, message }: ProblemPageProps) {
  const heading = title ?? 'Sorry, there is a problem with the service';
  return (
    <DesignerLayout title={heading} account={account}>
      <h1 className="heading-xl">{heading}</h1>
      <p className="body">{message ?? 'Try again later. Reload the page to try now.'}</p>
      {account && (
        <p className="body">
          <a href={HOME_PATH}>Go to the list of questionnaires</a>
        </p>
      )}
    </DesignerLayout>
  );
}

export const NotFoundPage = ({ account }: { account: Account }) => (
  <ProblemPage
    account={account}
    title="Page not found"
    message="If you typed the web address, check it is correct."
  />
);

/** The page shown instead of one whose data could not be loaded. */
export function LoadProblem({ failure, account }: { failure: Failure; account: Account }) {
  switch (failure.kind) {
    case 'not_found':
      return <NotFoundPage account={account} />;
    case 'signed_out':
      return (
        <ProblemPage
          title="You have been signed out"
          message="Your session has ended. Reload the page to sign in again."
        />
      );
    case 'forbidden':
      return (
        <ProblemPage
          account={account}
          title="You cannot see this page"
          message="Your account does not allow this. Ask an administrator if you need it."
        />
      );
    case 'rejected':
      return <ProblemPage account={account} message={failure.message} />;
    case 'failed':
      return <ProblemPage account={account} />;
  }
}
