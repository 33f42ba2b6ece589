import { type FormEvent, useId, useRef, useState } from 'react';
import type { QuestionFigure } from '../../../analysis/report/report-types.ts';
import type { ReportQuery } from '../officer-api.ts';

export interface VersionChoice {
  version: number;
  /** Always there for officers; the designers' version list has none. */
  responses?: number;
}

interface ReportOptionsFormProps {
  questions: QuestionFigure[];
  versions: VersionChoice[];
  query: ReportQuery;
  /** The k the report used, and the lowest the server allows. */
  k: number;
  minimumK: number;
}

/**
 * An ordinary GET form: choosing changes nothing until the officer presses the button (WCAG
 * 3.2.2), and the options are in the address, so a report can be bookmarked and shared.
 */
export function ReportOptionsForm({
  questions,
  versions,
  query,
  k,
  minimumK,
}: ReportOptionsFormProps) {
  const id = useId();
  const kInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState('');
  const choiceQuestions = questions.filter((q) => q.options && q.options.length > 0);

  function check(event: FormEvent) {
    const value = Number(kInput.current?.value);
    if (Number.isInteger(value) && value >= minimumK) return;
    // Figures about fewer people would identify them: the server refuses, so say so here first.
    event.preventDefault();
    setError(`Enter a whole number of people, ${minimumK} or more.`);
    kInput.current?.focus();
  }

  return (
    <form method="get" className="breakdown-form" onSubmit={check} noValidate>
      {choiceQuestions.length > 0 && (
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-by`}>
            Break down by
          </label>
          <p className="form-hint" id={`${id}-by-hint`}>
            Shows every figure separately for each answer to the question you choose.
          </p>
          <select
            className="form-select"
            id={`${id}-by`}
            name="by"
            defaultValue={query.by ?? ''}
            aria-describedby={`${id}-by-hint`}
          >
            <option value="">No breakdown (everyone together)</option>
            {choiceQuestions.map((q) => (
              <option key={q.name} value={q.name}>
                {q.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-version`}>
          Version of the questionnaire
        </label>
        <select
          className="form-select"
          id={`${id}-version`}
          name="version"
          defaultValue={query.version === undefined ? '' : String(query.version)}
        >
          <option value="">All versions together</option>
          {versions.map((v) => (
            <option key={v.version} value={v.version}>
              Version {v.version} only
              {v.responses !== undefined &&
                ` (${v.responses} ${v.responses === 1 ? 'response' : 'responses'})`}
            </option>
          ))}
        </select>
      </div>
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="form-label" htmlFor={`${id}-k`}>
          Hide figures about fewer than this many people
        </label>
        <p className="form-hint" id={`${id}-k-hint`}>
          At least {minimumK}. A higher number hides more figures: use it for a report about small
          groups.
        </p>
        {error && (
          <p className="form-error" id={`${id}-k-error`}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          ref={kInput}
          className="form-input form-input--short"
          id={`${id}-k`}
          name="k"
          type="number"
          inputMode="numeric"
          min={minimumK}
          step={1}
          defaultValue={k}
          aria-describedby={error ? `${id}-k-hint ${id}-k-error` : `${id}-k-hint`}
          aria-invalid={error ? true : undefined}
        />
      </div>
      <button type="submit" className="button button--secondary">
        Show figures
      </button>
    </form>
  );
}
