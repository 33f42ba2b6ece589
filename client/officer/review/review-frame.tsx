// The parts every review page of a report shares: its loading state and its heading.
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { reportPath } from '../officer-routes.ts';

/** Shown until the page's data arrives; it appears only after a moment, to avoid a flash. */
export function ReviewLoading({
  account,
  heading,
  what,
}: {
  account: Account;
  heading: string;
  what: string;
}) {
  return (
    <OfficerLayout title={heading} account={account}>
      <h1 className="heading-xl">{heading}</h1>
      <p className="body delayed-appear">Loading {what}…</p>
    </OfficerLayout>
  );
}

/** The way back to the report, the survey it is about, and the page's heading. */
export function ReviewHeading({
  slug,
  title,
  heading,
}: {
  slug: string;
  title: string;
  heading: string;
}) {
  return (
    <>
      <p className="body">
        <a href={reportPath(slug)} className="back-link">
          Back to the report
        </a>
      </p>
      <span className="caption">{title}</span>
      <h1 className="heading-xl">{heading}</h1>
    </>
  );
}
