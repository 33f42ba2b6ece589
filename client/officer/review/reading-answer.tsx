import { QuoteApproval } from './quote-approval.tsx';
import type { CodedAnswer } from './review-api.ts';

interface ReadingAnswerProps {
  slug: string;
  answer: CodedAnswer;
  number: number;
}

/**
 * One answer to a question that is not themed, as a quote would publish it (redacted), with its
 * approval: such answers still reach the report as "other comments" once approved.
 */
export function ReadingAnswer({ slug, answer, number }: ReadingAnswerProps) {
  const redacted = answer.redacted ?? '';
  return (
    <li className="review-item" data-answer={number}>
      <h2 className="heading-s">
        Answer {number}
        {answer.safeguarding ? ' (listed in answers to check first)' : ''}
      </h2>
      <blockquote className="review-item__text">{redacted}</blockquote>
      {redacted.trim() !== '' && (
        <QuoteApproval
          slug={slug}
          quoteKey={`${answer.responseId}:${answer.question}`}
          approved={answer.quote?.approved ?? false}
          text={redacted}
          excerpt={answer.quote?.excerpt ?? null}
        />
      )}
    </li>
  );
}
