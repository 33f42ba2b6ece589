// Checks survey-core does not make on answers that did not come through its own UI: the type of
// each value, choices that do not exist, ratings and numbers out of range.
import type { Question } from 'survey-core';

type Scalar = string | number;
type Check = (question: Question, value: unknown) => string | undefined;

const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

// survey-core compares loosely ("1" and 1 are the same choice), so do we.
const sameValue = (a: unknown, b: unknown) => a === b || String(a) === String(b);

interface ChoiceLike {
  value: unknown;
}

function choiceValues(question: Question): unknown[] {
  const q = question as Question & { visibleChoices?: ChoiceLike[] };
  return (q.visibleChoices ?? []).map((c) => c.value);
}

function acceptsFreeOther(question: Question): boolean {
  const q = question as Question & { storeOthersAsComment?: boolean | 'default' };
  return question.hasOther && q.storeOthersAsComment === false;
}

function checkChoice(question: Question, value: unknown): string | undefined {
  if (!isScalar(value)) return 'Choose one of the options.';
  if (choiceValues(question).some((c) => sameValue(c, value))) return undefined;
  if (acceptsFreeOther(question)) return undefined;
  return `"${String(value)}" is not one of the options.`;
}

function checkChoices(question: Question, value: unknown): string | undefined {
  if (!Array.isArray(value)) return 'Give a list of the options chosen.';
  // With valuePropertyName SurveyJS stores each choice as an object: { [property]: value }.
  const property = (question as Question & { valuePropertyName?: string }).valuePropertyName;
  const seen = new Set<string>();
  for (const entry of value) {
    const item = property && isPlainObject(entry) ? entry[property] : entry;
    const problem = checkChoice(question, item);
    if (problem) return problem;
    if (seen.has(String(item))) return `"${String(item)}" is chosen more than once.`;
    seen.add(String(item));
  }
  return undefined;
}

const checkText: Check = (question, value) => {
  const inputType = (question as Question & { inputType?: string }).inputType ?? 'text';
  if (inputType === 'number' || inputType === 'range') {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) ? undefined : 'Enter a number.';
  }
  return isScalar(value) ? undefined : 'Enter text.';
};

const checkRating: Check = (question, value) => {
  const q = question as Question & { visibleRateValues?: ChoiceLike[] };
  if (!isScalar(value)) return 'Choose a rating.';
  const allowed = (q.visibleRateValues ?? []).map((r) => r.value);
  return allowed.some((a) => sameValue(a, value))
    ? undefined
    : `${String(value)} is not on the rating scale.`;
};

const checkBoolean: Check = (question, value) => {
  const q = question as Question & { valueTrue?: unknown; valueFalse?: unknown };
  const yes = q.valueTrue ?? true;
  const no = q.valueFalse ?? false;
  return value === yes || value === no ? undefined : 'Answer yes or no.';
};

const checkMatrix: Check = (question, value) => {
  if (!isPlainObject(value)) return 'Answer each statement with one of the options.';
  const q = question as Question & { rows: ChoiceLike[]; columns: ChoiceLike[] };
  for (const [row, answer] of Object.entries(value)) {
    if (!q.rows.some((r) => sameValue(r.value, row))) return `"${row}" is not one of the rows.`;
    if (!isScalar(answer) || !q.columns.some((c) => sameValue(c.value, answer))) {
      return `"${String(answer)}" is not one of the options for "${row}".`;
    }
  }
  return undefined;
};

const checkMultipleText: Check = (question, value) => {
  if (!isPlainObject(value)) return 'Fill in the boxes with text.';
  const q = question as Question & { items: { name: string }[] };
  for (const [key, item] of Object.entries(value)) {
    if (!q.items.some((i) => i.name === key)) return `"${key}" is not one of the boxes.`;
    if (!isScalar(item)) return `Enter text in "${key}".`;
  }
  return undefined;
};

function checkCells(row: unknown, columns: Set<string>, rowName: string): string | undefined {
  if (!isPlainObject(row)) return `The answers for "${rowName}" have the wrong shape.`;
  for (const column of Object.keys(row)) {
    const name = column.endsWith('-Comment') ? column.slice(0, -'-Comment'.length) : column;
    if (!columns.has(name)) return `"${column}" is not one of the columns.`;
  }
  return undefined;
}

const columnNames = (question: Question) =>
  new Set((question as Question & { columns: { name: string }[] }).columns.map((c) => c.name));

const checkMatrixDropdown: Check = (question, value) => {
  if (!isPlainObject(value)) return 'This answer has the wrong shape.';
  const rows = (question as Question & { rows: ChoiceLike[] }).rows;
  const columns = columnNames(question);
  for (const [row, cells] of Object.entries(value)) {
    if (!rows.some((r) => sameValue(r.value, row))) return `"${row}" is not one of the rows.`;
    const problem = checkCells(cells, columns, row);
    if (problem) return problem;
  }
  return undefined;
};

const checkMatrixDynamic: Check = (question, value) => {
  if (!Array.isArray(value)) return 'This answer has the wrong shape.';
  const columns = columnNames(question);
  for (const [index, cells] of value.entries()) {
    const problem = checkCells(cells, columns, `row ${index + 1}`);
    if (problem) return problem;
  }
  return undefined;
};

const checkPanelDynamic: Check = (question, value) => {
  if (!Array.isArray(value)) return 'This answer has the wrong shape.';
  const template = (question as Question & { template: { questions: Question[] } }).template;
  const names = new Set(template.questions.map((q) => q.getValueName()));
  for (const [index, panel] of value.entries()) {
    const problem = checkCells(panel, names, `entry ${index + 1}`);
    if (problem) return problem.replace('one of the columns', 'a question in this section');
  }
  return undefined;
};

const checkRanking: Check = (question, value) => checkChoices(question, value);

const checkObjectOrList: Check = (_question, value) =>
  isPlainObject(value) || Array.isArray(value) ? undefined : 'This answer has the wrong shape.';

const noAnswer: Check = () => 'This item does not take an answer.';

const CHECKS: Record<string, Check> = {
  text: checkText,
  comment: (_q, v) => (typeof v === 'string' ? undefined : 'Enter text.'),
  radiogroup: checkChoice,
  dropdown: checkChoice,
  checkbox: checkChoices,
  tagbox: checkChoices,
  ranking: checkRanking,
  imagepicker: (q, v) =>
    (q as Question & { multiSelect?: boolean }).multiSelect
      ? checkChoices(q, v)
      : checkChoice(q, v),
  rating: checkRating,
  boolean: checkBoolean,
  matrix: checkMatrix,
  multipletext: checkMultipleText,
  matrixdropdown: checkMatrixDropdown,
  matrixdynamic: checkMatrixDynamic,
  paneldynamic: checkPanelDynamic,
  html: noAnswer,
  image: noAnswer,
};

/** A plain-English problem with a root answer's value, or undefined when it is acceptable. */
export function checkValue(question: Question, value: unknown): string | undefined {
  const check = CHECKS[question.getType()] ?? checkObjectOrList;
  if (check === checkObjectOrList && isScalar(value)) return undefined;
  return check(question, value);
}
