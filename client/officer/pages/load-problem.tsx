import type { Failure } from '../officer-api.ts';
import type { Account } from '../officer-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { ProblemPage } from './problem-page.tsx';

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
