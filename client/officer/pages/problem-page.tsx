import type { Account } from '../officer-layout.tsx';
import { OfficerLayout } from '../officer-layout.tsx';

interface ProblemPageProps {
  account?: Account;
  /** Said instead of the generic explanation, for example when the role does not allow a page. */
  message?: string;
  title?: string;
}

export function ProblemPage({ account, message, title }: ProblemPageProps) {
  const heading = title ?? 'Sorry, there is a problem with the service';
  return (
    <OfficerLayout title={heading} account={account}>
      <h1 className="heading-xl">{heading}</h1>
      <p className="body">{message ?? 'Try again later. Reload the page to try now.'}</p>
    </OfficerLayout>
  );
}
