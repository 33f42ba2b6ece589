// How far the checking of one question has got, and why an answer is near the top of the list.
import { formatCount, plural } from '../format.ts';
import type { CodedAnswer, CodingProgress } from './review-api.ts';

export function CodingProgressNote({ progress }: { progress: CodingProgress }) {
  return (
    <p className="body">
      <strong>
        {formatCount(progress.checked)} of {plural(progress.total, 'answer', 'answers')} checked.
      </strong>{' '}
      {progress.toCheckFirst > 0
        ? `${plural(progress.toCheckFirst, 'answer', 'answers')} where the learned model and the keyword rules disagree, or a theme was a close call, ${progress.toCheckFirst === 1 ? 'is' : 'are'} still to check. They come first.`
        : 'No answer where the learned model and the keyword rules disagree, or a theme was a close call, is left to check.'}
    </p>
  );
}

/** Why this answer is listed early, in words, or nothing. */
export function checkReason(
  answer: CodedAnswer,
  labelOf: (id: string) => string,
): string | undefined {
  const check = answer.check;
  if (!check || check.checked) return undefined;
  if (check.disputed.length > 0) {
    return `The learned model and the keyword rules disagree about: ${check.disputed.map(labelOf).join(', ')}.`;
  }
  return check.closeCall ? 'A theme was a close call.' : undefined;
}
