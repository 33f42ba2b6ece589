import type { DesignIssue, PublishChecks } from '../../../server/designer-contracts.ts';

const PLAIN_ENGLISH = new Set(['long_sentence', 'unexplained_acronym', 'jargon', 'reading_age']);
const isTrendBreak = (issue: DesignIssue) => /trend|series/i.test(issue.code);
const isPlainEnglish = (issue: DesignIssue) => PLAIN_ENGLISH.has(issue.code);
const isPlaceholder = (issue: DesignIssue) =>
  /^(placeholder_|no_progress_bar$|help_without_contact$)/.test(issue.code);
const isLanguage = (issue: DesignIssue) => issue.code.startsWith('language_');
const isOther = (issue: DesignIssue) =>
  !isTrendBreak(issue) && !isPlainEnglish(issue) && !isPlaceholder(issue) && !isLanguage(issue);

interface IssueProps {
  titles: Map<string, string>;
  /** Opens the question in the editor and puts focus in it; only for questions it can show. */
  onShowQuestion?: (name: string) => void;
}

function IssueItem({ issue, titles, onShowQuestion }: IssueProps & { issue: DesignIssue }) {
  const name = issue.question;
  const title = name ? titles.get(name) : undefined;
  return (
    <li className="check-list__item">
      {name && (
        <span className="check-list__question">
          {title ? `"${title}"` : 'Question'} <span className="check-list__name">({name})</span>
        </span>
      )}
      <span>{issue.message}</span>
      {name && onShowQuestion && titles.has(name) && (
        <button
          type="button"
          className="link-button"
          aria-label={`Go to the question: ${title || name}`}
          onClick={() => onShowQuestion(name)}
        >
          Go to the question
        </button>
      )}
    </li>
  );
}

function IssueGroup(
  props: IssueProps & {
    heading: string;
    hint: string;
    issues: DesignIssue[];
    tone: 'error' | 'warning';
  },
) {
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
            onShowQuestion={props.onShowQuestion}
          />
        ))}
      </ul>
    </div>
  );
}

/** The estimate against the limit the server checks, so the page and the checks agree. */
export function readingAgeText(age: number | null, limit: number, what = 'Estimated reading age') {
  if (age === null) return `${what}: there is not enough text yet to estimate it.`;
  const rounded = Math.round(age);
  const advice =
    rounded <= limit
      ? `That is within the aim of ${limit} or under.`
      : `Aim for ${limit} or under: shorter sentences and everyday words help every parent.`;
  return `${what}: ${rounded}. ${advice}`;
}

/** What stands between the draft and publishing: errors block it, warnings are advice. */
export function ChecksList({
  checks,
  ...shared
}: IssueProps & {
  checks: PublishChecks;
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
        {...shared}
        heading="Problems to fix before publishing"
        hint="Change these questions in the editor, then come back to this page."
        issues={errors}
        tone="error"
      />
      <IssueGroup
        {...shared}
        heading="Changes that break comparison with the previous survey in the series"
        hint="Reports cannot compare these questions with earlier surveys. Keep the old name and wording if you want a trend."
        issues={warnings.filter(isTrendBreak)}
        tone="warning"
      />
      <IssueGroup
        {...shared}
        heading="Answers and reports"
        hint="These do not stop publishing, but decide them so reports say what you expect."
        issues={warnings.filter(isOther)}
        tone="warning"
      />
      <IssueGroup
        {...shared}
        heading="Wording still to replace"
        hint="Starting wording the designer filled in, and help that parents cannot contact."
        issues={warnings.filter(isPlaceholder)}
        tone="warning"
      />
      <IssueGroup
        {...shared}
        heading="Languages not fully translated"
        hint="Parents who choose these languages would read the missing parts in English."
        issues={warnings.filter(isLanguage)}
        tone="warning"
      />
      <IssueGroup
        {...shared}
        heading="Plain English hints"
        hint="These do not stop publishing, but fixing them makes the survey easier to answer."
        issues={warnings.filter(isPlainEnglish)}
        tone="warning"
      />
      <p className="body">{readingAgeText(checks.readingAge, checks.readingAgeLimit)}</p>
      {checks.easyRead && (
        <p className="body">
          {readingAgeText(
            checks.easyRead.readingAge,
            checks.easyRead.readingAgeLimit,
            'Estimated reading age of the easy-read version',
          )}
        </p>
      )}
    </section>
  );
}
