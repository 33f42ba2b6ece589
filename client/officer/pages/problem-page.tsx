import { OfficerLayout } from '../officer-layout.tsx';
import type { ProblemProps } from './problem-frame.tsx';

export function ProblemPage({ account, message, title }: ProblemProps) {
  const heading = title ?? 'Sorry, there is a problem with the service';
  return (
    <OfficerLayout title={heading} account={account}>
      <h1 className="heading-xl">{heading}</h1>
      <p className="body">{message ?? 'Try again later. Reload the page to try now.'}</p>
    </OfficerLayout>
  );
}
