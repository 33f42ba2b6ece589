// "Show this question only if": pick an earlier question, how its answer is compared, and the
// answer. The expression is written for the team; they never type one.
import { useState } from 'react';
import {
  type Condition,
  needsValue,
  OPERATOR_LABELS,
  type Operator,
  operatorsFor,
  parseExpression,
  toExpression,
  type Value,
} from './conditions.ts';
import { readOptions } from './options-editor.tsx';
import { type Element, list, text } from './survey-json.ts';

interface AnswerOption {
  value: Value;
  text: string;
}

/** The answers a question can have, for picking in a condition. */
export function answerOptions(q: Element): AnswerOption[] {
  switch (q.type) {
    case 'boolean':
      return [
        {
          value: q.valueTrue !== undefined ? (q.valueTrue as Value) : true,
          text: text(q, 'labelTrue') || 'Yes',
        },
        {
          value: q.valueFalse !== undefined ? (q.valueFalse as Value) : false,
          text: text(q, 'labelFalse') || 'No',
        },
      ];
    case 'rating': {
      if (list(q, 'rateValues').length) return readOptions(q.rateValues);
      const min = typeof q.rateMin === 'number' ? q.rateMin : 1;
      const max = typeof q.rateMax === 'number' ? q.rateMax : 5;
      const step = typeof q.rateStep === 'number' && q.rateStep > 0 ? q.rateStep : 1;
      const values: AnswerOption[] = [];
      for (let v = min; v <= max && values.length < 100; v += step)
        values.push({ value: v, text: String(v) });
      return values;
    }
    default: {
      const options: AnswerOption[] = readOptions(q.choices);
      if (q.showOtherItem === true || q.hasOther === true)
        options.push({ value: 'other', text: text(q, 'otherText') || 'Other' });
      return options;
    }
  }
}

const questionLabel = (q: Element) => text(q, 'title') || q.name;

interface ConditionEditorProps {
  id: string;
  expression: string;
  earlier: Element[];
  readOnly: boolean;
  onChange(expression: string | undefined): void;
}

export function ConditionEditor({
  id,
  expression,
  earlier,
  readOnly,
  onChange,
}: ConditionEditorProps) {
  const [condition, setCondition] = useState<Condition | undefined>(() =>
    expression ? parseExpression(expression) : undefined,
  );

  if (expression && !condition) {
    return (
      <div className="condition">
        <p className="body">
          Shown only if: <code className="code">{expression}</code>
        </p>
        <p className="form-hint">
          This condition was written by hand. Change it in the Advanced JSON view, or remove it.
        </p>
        {!readOnly && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => onChange(undefined)}
          >
            Remove the condition
          </button>
        )}
      </div>
    );
  }

  function change(next: Condition) {
    setCondition(next);
    const written = toExpression(next);
    if (written) onChange(written);
  }

  if (!condition) {
    return (
      <div className="condition">
        <p className="body">This question is always shown.</p>
        {earlier.length === 0 ? (
          <p className="form-hint">A condition needs a question before this one.</p>
        ) : (
          !readOnly && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                const first = earlier[earlier.length - 1];
                if (first) change(startFor(first));
              }}
            >
              Show this question only if…
            </button>
          )
        )}
      </div>
    );
  }

  const source = earlier.find((q) => q.name === condition.question);
  const operators = source ? operatorsFor(source.type) : (['answered'] as Operator[]);
  const options = source ? answerOptions(source) : [];
  const indexOf = (value: Value) => options.findIndex((o) => o.value === value);

  return (
    <fieldset className="condition">
      <legend className="form-label">Show this question only if</legend>
      <div className="condition__fields">
        <div>
          <label className="form-label form-label--s" htmlFor={`${id}-question`}>
            The answer to
          </label>
          <select
            id={`${id}-question`}
            className="form-select"
            value={condition.question}
            disabled={readOnly}
            onChange={(e) => {
              const picked = earlier.find((q) => q.name === e.target.value);
              if (picked) change(startFor(picked));
            }}
          >
            {!source && (
              <option value={condition.question}>
                {condition.question} (not before this question)
              </option>
            )}
            {earlier.map((q) => (
              <option key={q.name} value={q.name}>
                {questionLabel(q)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className="form-label form-label--s" htmlFor={`${id}-operator`}>
            Comparison
          </label>
          <select
            id={`${id}-operator`}
            className="form-select"
            value={condition.operator}
            disabled={readOnly}
            onChange={(e) => {
              const operator = e.target.value as Operator;
              const first = options[0];
              const values = needsValue(operator)
                ? condition.values.slice(0, operator === 'any_of' ? undefined : 1)
                : [];
              change({
                ...condition,
                operator,
                values: needsValue(operator) && !values.length && first ? [first.value] : values,
              });
            }}
          >
            {operators.map((op) => (
              <option key={op} value={op}>
                {OPERATOR_LABELS[op]}
              </option>
            ))}
          </select>
        </div>
        {needsValue(condition.operator) && condition.operator !== 'any_of' && (
          <div>
            <label className="form-label form-label--s" htmlFor={`${id}-value`}>
              Answer
            </label>
            <select
              id={`${id}-value`}
              className="form-select"
              value={String(indexOf(condition.values[0] ?? ''))}
              disabled={readOnly}
              onChange={(e) => {
                const picked = options[Number(e.target.value)];
                if (picked) change({ ...condition, values: [picked.value] });
              }}
            >
              {indexOf(condition.values[0] ?? '') < 0 && (
                <option value="-1">{String(condition.values[0] ?? 'Choose')}</option>
              )}
              {options.map((o, i) => (
                <option key={String(o.value)} value={String(i)}>
                  {o.text}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {condition.operator === 'any_of' && (
        <fieldset className="condition__values">
          <legend className="form-label form-label--s">Answers</legend>
          {options.map((o, i) => {
            const checked = condition.values.includes(o.value);
            return (
              <div className="designer-check" key={String(o.value)}>
                <input
                  id={`${id}-any-${i}`}
                  type="checkbox"
                  checked={checked}
                  disabled={readOnly}
                  onChange={() =>
                    change({
                      ...condition,
                      values: checked
                        ? condition.values.filter((v) => v !== o.value)
                        : [...condition.values, o.value],
                    })
                  }
                />
                <label htmlFor={`${id}-any-${i}`}>{o.text}</label>
              </div>
            );
          })}
          {condition.values.length === 0 && <p className="form-error">Tick at least one answer.</p>}
        </fieldset>
      )}
      {!readOnly && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setCondition(undefined);
            onChange(undefined);
          }}
        >
          Remove the condition
        </button>
      )}
    </fieldset>
  );
}

function startFor(q: Element): Condition {
  const operator = operatorsFor(q.type)[0] ?? 'answered';
  const first = answerOptions(q)[0];
  return { question: q.name, operator, values: needsValue(operator) && first ? [first.value] : [] };
}
