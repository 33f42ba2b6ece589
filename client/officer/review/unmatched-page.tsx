// "Themes nobody listed": per question, the answers no theme matched, in groups of answers alike,
// each with a suggested theme a designer can add to the codebook (officers may not change it).
import './review.css';
import {
  type UnmatchedGroup,
  type UnmatchedGroups,
  unmatchedGroupsSchema,
} from '../../../server/unmatched-contracts.ts';
import { suggestedThemePath } from '../../lib/suggested-theme.ts';
import { formatCount, plural } from '../format.ts';
import { call } from '../officer-api.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { LoadProblem } from '../pages/load-problem.tsx';
import { useLoad } from '../use-load.ts';
import { ReviewHeading, ReviewLoading } from './review-frame.tsx';

const fetchGroups = (slug: string, question: string) =>
  call(
    `/api/surveys/${encodeURIComponent(slug)}/questions/${encodeURIComponent(question)}/unmatched-groups`,
    (b) => unmatchedGroupsSchema.safeParse(b).data,
  );

const heading = 'Themes nobody listed';

function Summary({ data }: { data: UnmatchedGroups }) {
  const grouped = data.considered - data.ungrouped;
  return (
    <>
      <p className="body">
        {formatCount(data.unmatched)} of {formatCount(data.answered)} answers to this question
        matched no theme.{' '}
        {data.groups.length > 0
          ? `${formatCount(grouped)} of them fall into ${plural(data.groups.length, 'group', 'groups')} of answers that say much the same, largest first.`
          : 'None of them are alike enough to group.'}
        {data.ungrouped > 0 &&
          ` ${plural(data.ungrouped, 'answer is', 'answers are')} unlike any other.`}
      </p>
      {data.considered < data.unmatched && (
        <p className="body">
          Only the first {formatCount(data.considered)} answers that matched no theme were grouped.
        </p>
      )}
      <p className="body">
        Groups are made by the words answers share, and named by the phrase most of a group uses.
        These numbers are for checking the themes only: they are not published. To count a group in
        reports, a designer adds it as a theme to the codebook; every answer is then tagged again.
      </p>
    </>
  );
}

function Group({
  group,
  index,
  codebookKey,
}: {
  group: UnmatchedGroup;
  index: number;
  codebookKey: string | null;
}) {
  const id = `group-${index}`;
  return (
    <li className="review-item">
      <h2 className="heading-m" id={id}>
        “{group.label}”: {plural(group.count, 'answer', 'answers')}
      </h2>
      <p className="body">Suggested keywords: {group.keywords.join(', ')}</p>
      <h3 className="heading-s">
        {group.examples.length === 1 ? 'An answer' : 'Answers'} in this group
      </h3>
      <ul className="review-examples">
        {group.examples.map((e) => (
          <li key={e.responseId}>
            <blockquote className="review-item__text">{e.text}</blockquote>
          </li>
        ))}
      </ul>
      {codebookKey && (
        <p className="body">
          <a href={suggestedThemePath(codebookKey, group)}>Add “{group.label}” as a theme</a> (opens
          the codebook with the theme filled in, for a designer to check, preview and save)
        </p>
      )}
    </li>
  );
}

interface UnmatchedPageProps {
  account: Account;
  slug: string;
  question: string;
}

export function UnmatchedPage({ account, slug, question }: UnmatchedPageProps) {
  const loaded = useLoad(() => fetchGroups(slug, question), `${slug}/${question}`);
  if (loaded.kind === 'loading') {
    return <ReviewLoading account={account} heading={heading} what="the answers" />;
  }
  if (!loaded.ok) return <LoadProblem failure={loaded} account={account} />;
  const data = loaded.value;
  return (
    <OfficerLayout title={`${heading}: ${data.questionTitle}`} account={account}>
      <ReviewHeading slug={slug} title={data.questionTitle} heading={heading} />
      <Summary data={data} />
      {data.groups.length > 0 && (
        <ol className="review-list">
          {data.groups.map((group, i) => (
            <Group
              key={group.examples[0]?.responseId ?? group.label}
              group={group}
              index={i}
              codebookKey={data.codebookKey}
            />
          ))}
        </ol>
      )}
    </OfficerLayout>
  );
}
