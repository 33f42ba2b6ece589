// The errors survey-core's validate(true) finds on one shown question, as a plain function of its
// value: required and requiredIf, "other" without its text, too few choices, rows left empty,
// number limits, e-mail input, boxes, then the question's validators (only when nothing else was
// wrong, as survey-core does). Validators are survey-core's own objects; expression validators
// run through its ConditionRunner on the same values.
import { ConditionRunner, EmailValidator, Helpers, type Question } from 'survey-core';

type Values = Record<string, unknown>;
export type QuestionChecks = (
  value: unknown,
  values: Values,
  comment: unknown,
) => string | undefined;

interface ValidatorLike {
  getType(): string;
  expression?: string;
  validate(
    value: unknown,
    name?: string,
    properties?: unknown,
  ): { error?: { getText(): string } } | null;
}

type Loose = Question & Record<string, unknown>;

const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const emptyValue = (v: unknown) => Helpers.isValueEmpty(trim(v));
const emptyText = (v: unknown) => emptyValue(v) || v === '';

const FAILED_CHECK = 'This answer does not pass a check.';

type ValidatorCheck = (value: unknown, values: Values) => string | undefined;

function compileValidators(owner: { validators?: ValidatorLike[] }, title: string): ValidatorCheck {
  const checks: ValidatorCheck[] = (owner.validators ?? []).map((validator) => {
    if (validator.getType() === 'expressionvalidator') {
      const runner = validator.expression ? new ConditionRunner(validator.expression) : undefined;
      return (_value, values) =>
        runner && !runner.runValues(values, {}) ? FAILED_CHECK : undefined;
    }
    return (value) => {
      const error = validator.validate(value, title, {})?.error;
      return error ? error.getText() || FAILED_CHECK : undefined;
    };
  });
  return (value, values) => {
    for (const check of checks) {
      const message = check(value, values);
      if (message) return message;
    }
    return undefined;
  };
}

function requiredCheck(json: Record<string, unknown>, isRequired: boolean) {
  const requiredIf =
    typeof json.requiredIf === 'string' && json.requiredIf.trim()
      ? new ConditionRunner(json.requiredIf)
      : undefined;
  return (values: Values) => (requiredIf ? requiredIf.runValues(values, {}) === true : isRequired);
}

type CoreCheck = (value: unknown, comment: unknown, values: Values) => string | undefined;

function selectCheck(question: Loose): CoreCheck {
  const other = question.hasOther ? (question.otherItem as { value: unknown }).value : undefined;
  const min = Number(question.minSelectedChoices ?? 0);
  const none = question.showNoneItem ? (question.noneItem as { value: unknown }).value : undefined;
  const isCheckbox = question.getType() === 'checkbox';
  return (value, comment) => {
    if (other !== undefined) {
      const chosen = Array.isArray(value) ? value.includes(other) : value === other;
      if (chosen && !comment) return 'Please say what "other" is.';
    }
    if (isCheckbox && min >= 1) {
      const length = Array.isArray(value) ? value.length : 0;
      const onlyNone = length === 1 && none !== undefined && (value as unknown[])[0] === none;
      if (!onlyNone && length < min) return `Choose at least ${min}.`;
    }
    return undefined;
  };
}

function matrixCheck(question: Loose): CoreCheck {
  const rows = (question.rows as { value: unknown }[]).map((r) => String(r.value));
  const all = question.eachRowRequired === true || question.isAllRowRequired === true;
  return (value) => {
    if (!all) return undefined;
    const answered = value !== null && typeof value === 'object' ? (value as Values) : {};
    return rows.some((row) => emptyValue(Object.hasOwn(answered, row) ? answered[row] : undefined))
      ? 'Answer every row.'
      : undefined;
  };
}

function textCheck(question: Loose, title: string): CoreCheck {
  const inputType = String(question.inputType ?? 'text');
  const min = typeof question.min === 'number' ? question.min : undefined;
  const max = typeof question.max === 'number' ? question.max : undefined;
  const hasEmailValidator = (question.validators as ValidatorLike[]).some(
    (v) => v.getType() === 'emailvalidator',
  );
  const email = inputType === 'email' && !hasEmailValidator ? new EmailValidator() : undefined;
  return (value) => {
    if (!emptyText(value)) {
      if (min !== undefined && (value as number) < min)
        return `The answer must be at least ${min}.`;
      if (max !== undefined && (value as number) > max) return `The answer must be at most ${max}.`;
    }
    const error = email?.validate(value, title)?.error;
    return error ? error.getText() || FAILED_CHECK : undefined;
  };
}

function multipleTextCheck(question: Loose): CoreCheck {
  const items = (question.items as (Record<string, unknown> & { name: string })[]).map((item) => {
    const editor = (item as { editor?: { validators?: ValidatorLike[] } }).editor;
    return {
      name: item.name,
      required: item.isRequired === true,
      validators: compileValidators(editor ?? {}, item.name),
    };
  });
  return (value, _comment, values) => {
    const answered = value !== null && typeof value === 'object' ? (value as Values) : {};
    for (const item of items) {
      const itemValue = Object.hasOwn(answered, item.name) ? answered[item.name] : undefined;
      if (item.required && emptyText(itemValue)) return `Fill in "${item.name}".`;
      const message = item.validators(itemValue, values);
      if (message) return message;
    }
    return undefined;
  };
}

export function compileChecks(question: Question, json: Record<string, unknown>): QuestionChecks {
  const loose = question as Loose;
  const type = question.getType();
  const title = question.getValidatorTitle?.() ?? question.name;
  const required = requiredCheck(json, question.isRequired);
  const validators = compileValidators(loose as { validators?: ValidatorLike[] }, title);
  const isEmpty = type === 'text' || type === 'comment' ? emptyText : emptyValue;
  const core: CoreCheck | undefined =
    type === 'radiogroup' || type === 'dropdown' || type === 'checkbox' || type === 'tagbox'
      ? selectCheck(loose)
      : type === 'matrix'
        ? matrixCheck(loose)
        : type === 'text'
          ? textCheck(loose, title)
          : type === 'multipletext'
            ? multipleTextCheck(loose)
            : undefined;
  return (value, values, comment) => {
    if (required(values) && isEmpty(value)) return 'Please answer this question.';
    const problem = core?.(value, comment, values);
    if (problem) return problem;
    return validators(value, values);
  };
}
