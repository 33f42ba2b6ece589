import { useEffect, useRef } from 'react';
import type { Explanation } from './explain-failure.ts';

/** A refused action, announced and focused so keyboard and screen reader users land on it. */
export function ProblemBox({ problem, focus = true }: { problem: Explanation; focus?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to each new problem.
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [problem]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box}>
      <h3 className="heading-s">{problem.title}</h3>
      <p className="body">{problem.message}</p>
      {problem.items.length > 0 && (
        <ul className="error-list">
          {problem.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A short confirmation of what just happened, read out by screen readers. */
export function DoneNote({ text }: { text: string | undefined }) {
  // Always in the page, so screen readers announce the text when it arrives.
  return (
    <p className={text ? 'body designer-done' : 'visually-hidden'} role="status">
      {text}
    </p>
  );
}
