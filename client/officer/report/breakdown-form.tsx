import type { QuestionFigure } from '../../../analysis/report/report-types.ts';

interface BreakdownFormProps {
  questions: QuestionFigure[];
  by?: string;
}

/**
 * An ordinary GET form: choosing an option changes nothing until the officer presses the button
 * (WCAG 3.2.2), and the breakdown is in the address, so it can be bookmarked and shared.
 */
export function BreakdownForm({ questions, by }: BreakdownFormProps) {
  const choiceQuestions = questions.filter((q) => q.options && q.options.length > 0);
  if (choiceQuestions.length === 0) return null;
  return (
    <form method="get" className="breakdown-form">
      <div className="form-group">
        <label className="form-label" htmlFor="by">
          Break down by
        </label>
        <p className="form-hint" id="by-hint">
          Shows every figure separately for each answer to the question you choose.
        </p>
        <select
          className="form-select"
          id="by"
          name="by"
          defaultValue={by ?? ''}
          aria-describedby="by-hint"
        >
          <option value="">No breakdown (everyone together)</option>
          {choiceQuestions.map((q) => (
            <option key={q.name} value={q.name}>
              {q.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Show figures
      </button>
    </form>
  );
}
