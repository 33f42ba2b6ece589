import type { ComponentType } from 'react';
import type { Failure } from '../officer-api.ts';
import type { Account } from '../officer-layout.tsx';

export interface ProblemProps {
  account?: Account;
  /** Said instead of the generic explanation, for example when the role does not allow a page. */
  message?: string;
  title?: string;
}

/** The problem pages of one frame: the officers' pages or the designer. */
export interface ProblemFrame {
  Problem: ComponentType<ProblemProps>;
  NotFound: ComponentType<{ account: Account }>;
}

interface LoadProblemProps {
  failure: Failure;
  account: Account;
}

/** The page shown, in the frame's own pages, instead of one whose data could not be loaded. */
export function loadProblemIn({ Problem, NotFound }: ProblemFrame) {
  return function LoadProblem({ failure, account }: LoadProblemProps) {
    switch (failure.kind) {
      case 'not_found':
        return <NotFound account={account} />;
      case 'signed_out':
        return (
          <Problem
            title="You have been signed out"
            message="Your session has ended. Reload the page to sign in again."
          />
        );
      case 'forbidden':
        return (
          <Problem
            account={account}
            title="You cannot see this page"
            message="Your account does not allow this. Ask an administrator if you need it."
          />
        );
      case 'rejected':
        return <Problem account={account} message={failure.message} />;
      case 'failed':
        return <Problem account={account} />;
    }
  };
}
