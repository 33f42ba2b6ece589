// Finding one's way round a long report: a contents list, previous/next links between questions
// and folding of each question's figures, all plain links and buttons a keyboard reaches.
import './report-navigation.css';
import { useState } from 'react';

export const CONTENTS_ID = 'report-contents';
export const questionAnchor = (name: string) => `question-${name.replace(/[^\w-]/g, '_')}`;

interface Entry {
  name: string;
  title: string;
}

/** Which questions are folded; every question starts unfolded. */
export function useFolding() {
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  return {
    isFolded: (name: string) => folded.has(name),
    toggle: (name: string) =>
      setFolded((now) => {
        const next = new Set(now);
        if (!next.delete(name)) next.add(name);
        return next;
      }),
    foldAll: (names: string[]) => setFolded(new Set(names)),
    unfoldAll: () => setFolded(new Set()),
  };
}

interface ContentsProps {
  questions: Entry[];
  hasSummary: boolean;
  folding: ReturnType<typeof useFolding>;
}

export function ReportContents({ questions, hasSummary, folding }: ContentsProps) {
  const allFolded = questions.every((q) => folding.isFolded(q.name));
  return (
    <nav className="report-contents" id={CONTENTS_ID} aria-labelledby="report-contents-heading">
      <h2 className="heading-m" id="report-contents-heading">
        Contents
      </h2>
      <ol className="report-contents__list">
        {hasSummary && (
          <li>
            <a href="#summary-heading">Summary</a>
          </li>
        )}
        {questions.map((q) => (
          <li key={q.name}>
            <a href={`#${questionAnchor(q.name)}`}>{q.title}</a>
          </li>
        ))}
      </ol>
      {/* One button, so that focus stays on it when it turns into its opposite. */}
      <button
        type="button"
        className="report-button"
        onClick={() =>
          allFolded ? folding.unfoldAll() : folding.foldAll(questions.map((q) => q.name))
        }
      >
        {allFolded ? 'Unfold every question' : 'Fold every question'}
      </button>
    </nav>
  );
}

interface FoldButtonProps {
  title: string;
  folded: boolean;
  controls: string;
  onToggle: () => void;
}

export function FoldButton({ title, folded, controls, onToggle }: FoldButtonProps) {
  return (
    <button
      type="button"
      className="report-button report-fold"
      aria-expanded={!folded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {folded ? 'Show the figures' : 'Fold the figures'}
      <span className="visually-hidden"> of “{title}”</span>
    </button>
  );
}

interface JumpsProps {
  previous?: Entry;
  next?: Entry;
}

/** Links to the neighbouring questions and back to the contents. */
export function QuestionJumps({ previous, next }: JumpsProps) {
  return (
    <ul className="question-jumps">
      {previous && (
        <li>
          <a href={`#${questionAnchor(previous.name)}`}>
            Previous question<span className="visually-hidden">: {previous.title}</span>
          </a>
        </li>
      )}
      {next && (
        <li>
          <a href={`#${questionAnchor(next.name)}`}>
            Next question<span className="visually-hidden">: {next.title}</span>
          </a>
        </li>
      )}
      <li>
        <a href={`#${CONTENTS_ID}`}>Back to contents</a>
      </li>
    </ul>
  );
}
