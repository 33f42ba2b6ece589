import type { Account } from '../officer-layout.tsx';
import { OfficerLayout } from '../officer-layout.tsx';
import { SURVEYS_PATH } from '../officer-routes.ts';

export function NotFoundPage({ account }: { account: Account }) {
  return (
    <OfficerLayout title="Page not found" account={account}>
      <h1 className="heading-xl">Page not found</h1>
      <p className="body">If you typed the web address, check it is correct.</p>
      <p className="body">
        <a href={SURVEYS_PATH}>Go to the list of surveys</a>
      </p>
    </OfficerLayout>
  );
}
