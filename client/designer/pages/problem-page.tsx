import { loadProblemIn, type ProblemProps } from '../../officer/pages/problem-frame.tsx';
import { type Account, DesignerLayout } from '../designer-layout.tsx';
import { HOME_PATH } from '../designer-routes.ts';

export function ProblemPage({ account, title, message }: ProblemProps) {
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

export const LoadProblem = loadProblemIn({ Problem: ProblemPage, NotFound: NotFoundPage });
