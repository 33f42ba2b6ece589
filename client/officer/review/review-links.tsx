import type { QuestionFigure } from '../../../analysis/report/report-types.ts';
import { codingPath, safeguardingPath, unmatchedPath } from '../officer-routes.ts';
import { useLoad } from '../use-load.ts';
import { fetchSafeguarding } from './review-api.ts';

/** Put at the top of a report: answers suggesting risk come before any figure. */
export function SafeguardingLink({ slug }: { slug: string }) {
  const list = useLoad(() => fetchSafeguarding(slug), slug);
  const waiting = list.kind === 'ok' ? list.value.filter((i) => !i.reviewed).length : undefined;
  return (
    <div className={waiting ? 'notification' : 'inset'}>
      <p className="body">
        <a href={safeguardingPath(slug)}>
          <strong>Answers to check first{waiting === undefined ? '' : ` (${waiting})`}</strong>
        </a>
      </p>
    </div>
  );
}

export function CodingLink({ slug, question }: { slug: string; question: QuestionFigure }) {
  // A free-text question with no themes is still read, and quoted once an officer approves.
  const unthemed = !question.themes && !question.suppressed && question.type === 'comment';
  if (!question.themes && !unthemed) return null;
  return (
    <p className="body">
      <a href={codingPath(slug, question.name)}>
        {unthemed ? 'Read the answers' : 'Check the coding'}
        <span className="visually-hidden"> of “{question.title}”</span>
      </a>
      {' · '}
      <a href={unmatchedPath(slug, question.name)}>
        Themes nobody listed<span className="visually-hidden"> in “{question.title}”</span>
      </a>
    </p>
  );
}
