import type { DesignIssue, PublishChecks } from '../../../server/designer-contracts.ts';

const isTrendBreak = (issue: DesignIssue) => /trend|series/i.test(issue.code);

function IssueItem({ issue, titles }: { issue: DesignIssue; titles: Map<string, string> }) {
  const title = issue.question ? titles.get(issue.question) : undefined;
  return (
    <li className="check-list__item">
      {issue.question && (
        <span className="check-list__question">
          {title ? `"${title}"` : 'Question'}{' '}
          <span className="check-list__name">({issue.question})</span>
        </span>
      )}
      <span>{issue.message}</span>
    </li>
  );
}

function IssueGroup(props: {
  heading: string;
  hint: string;
  issues: DesignIssue[];
  titles: Map<string, string>;
  tone: 'error' | 'warning';
}) {
  if (props.issues.length === 0) return null;
  return (
    <div className={`check-group check-group--${props.tone}`}>
      <h4 className="heading-s">
        {props.heading} ({props.issues.length})
      </h4>
      <p className="form-hint">{props.hint}</p>
      <ul className="check-list">
        {props.issues.map((issue, index) => (
          <IssueItem
            // Two checks can say the same thing about the same question; only order separates them.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            key={`${issue.code}-${issue.question}-${index}`}
            issue={issue}
            titles={props.titles}
          />
        ))}
      </ul>
    </div>
  );
}

function readingAgeText(age: number | null) {
  if (age === null) return 'There is not enough text yet to estimate a reading age.';
  const rounded = Math.round(age);
  const advice =
    rounded <= 11
      ? 'Most parents will find it easy to read.'
      : 'Aim for 11 or under: shorter sentences and everyday words help every parent.';
  return `Estimated reading age: ${rounded}. ${advice}`;
}

/** What stands between the draft and publishing: errors block it, warnings are advice. */
export function ChecksList({
  checks,
  titles,
}: {
  checks: PublishChecks;
  titles: Map<string, string>;
}) {
  const errors = checks.issues.filter((i) => i.severity === 'error');
  const warnings = checks.issues.filter((i) => i.severity === 'warning');
  return (
    <section className="designer-section" aria-labelledby="checks-heading">
      <h3 className="heading-m" id="checks-heading">
        Checks before publishing
      </h3>
      <p className="body" role="status">
        {errors.length === 0
          ? 'No problems stop this draft from being published.'
          : `${errors.length === 1 ? '1 problem stops' : `${errors.length} problems stop`} this draft from being published.`}
      </p>
      <IssueGroup
        heading="Problems to fix before publishing"
        hint="Change these questions in the editor, then come back to this page."
        issues={errors}
        titles={titles}
        tone="error"
      />
      <IssueGroup
        heading="Changes that break comparison with the previous survey in the series"
        hint="Reports cannot compare these questions with earlier surveys. Keep the old name and wording if you want a trend."
        issues={warnings.filter(isTrendBreak)}
        titles={titles}
        tone="warning"
      />
      <IssueGroup
        heading="Plain English hints"
        hint="These do not stop publishing, but fixing them makes the survey easier to answer."
        issues={warnings.filter((i) => !isTrendBreak(i))}
        titles={titles}
        tone="warning"
      />
      <p className="body">{readingAgeText(checks.readingAge)}</p>
    </section>
  );
}
