// Builds an answer set a parent could have given, from any SurveyJS definition: the first valid
// option everywhere, or random ones with `random`, filling questions that conditions reveal.
import { type Question, SurveyModel } from 'survey-core';

type Pick = <T>(items: T[]) => T | undefined;

interface ItemLike {
  value: unknown;
  name?: string;
}

interface Generator {
  pick: Pick;
  text: (q: Question) => string;
}

const SKIP = new Set(['html', 'image', 'expression', 'file', 'signaturepad']);

function realChoices(q: Question): unknown[] {
  const choices = (q as Question & { visibleChoices?: ItemLike[] }).visibleChoices ?? [];
  return choices
    .map((c) => c.value)
    .filter((v) => !['other', 'none', 'selectall'].includes(String(v)));
}

interface ColumnLike {
  name: string;
  cellType?: string;
  choices?: ItemLike[];
  validators?: { getType(): string }[];
}

const hasValidator = (item: { validators?: { getType(): string }[] }, type: string) =>
  (item.validators ?? []).some((v) => v.getType() === type);

function cellValue(column: ColumnLike, g: Generator): unknown {
  const type = column.cellType ?? 'dropdown';
  if (hasValidator(column, 'numericvalidator')) return 5;
  if (type === 'text' || type === 'comment') return 'Cell text';
  if (type === 'boolean') return true;
  const choices = (column.choices ?? []).map((c) => c.value);
  const value = g.pick(choices.length > 0 ? choices : [1, 2, 3]);
  return type === 'checkbox' ? [value] : value;
}

function valueFor(q: Question, g: Generator): unknown {
  const any = q as Question & Record<string, unknown>;
  switch (q.getType()) {
    case 'text': {
      const inputType = String(any.inputType ?? 'text');
      if (inputType === 'number' || inputType === 'range') {
        const min = typeof any.min === 'number' ? any.min : 1;
        const max = typeof any.max === 'number' ? any.max : min + 10;
        return Math.min(max, min + 1);
      }
      if (inputType === 'email' || hasValidator(q, 'emailvalidator')) return 'someone@example.org';
      if (hasValidator(q, 'numericvalidator')) return 5;
      if (inputType === 'date') return '2026-01-15';
      return g.text(q);
    }
    case 'comment':
      return g.text(q);
    case 'radiogroup':
    case 'dropdown':
      return g.pick(realChoices(q));
    case 'checkbox':
    case 'tagbox': {
      const first = g.pick(realChoices(q));
      return first === undefined ? undefined : [first];
    }
    case 'ranking':
      return realChoices(q);
    case 'imagepicker':
      return any.multiSelect ? [g.pick(realChoices(q))] : g.pick(realChoices(q));
    case 'rating':
      return g.pick(((any.visibleRateValues as ItemLike[]) ?? []).map((r) => r.value));
    case 'boolean':
      return any.valueTrue ?? true;
    case 'matrix': {
      const columns = (any.visibleColumns as ItemLike[]).map((c) => c.value);
      const rows = any.visibleRows as { name: string }[];
      return Object.fromEntries(rows.map((r) => [r.name, g.pick(columns)]));
    }
    case 'multipletext': {
      const items = any.items as { name: string; inputType?: string }[];
      return Object.fromEntries(items.map((i) => [i.name, i.inputType === 'number' ? 5 : 'Text']));
    }
    case 'matrixdropdown': {
      const columns = any.columns as ColumnLike[];
      const rows = any.rows as ItemLike[];
      const row = () => Object.fromEntries(columns.map((c) => [c.name, cellValue(c, g)]));
      return Object.fromEntries(rows.map((r) => [String(r.value), row()]));
    }
    case 'matrixdynamic': {
      const columns = any.columns as ColumnLike[];
      const count = Math.max(1, Number(any.rowCount ?? 1));
      return Array.from({ length: count }, () =>
        Object.fromEntries(columns.map((c) => [c.name, cellValue(c, g)])),
      );
    }
    default:
      return undefined;
  }
}

export interface GenerateOptions {
  random?: () => number;
  texts?: string[];
}

export function generateAnswers(json: unknown, options: GenerateOptions = {}) {
  const random = options.random;
  const texts = options.texts ?? ['It has been hard to get help, but the new SENCO listens.'];
  const g: Generator = {
    pick: (items) => (random ? items[Math.floor(random() * items.length)] : items[0]),
    text: () => (random ? texts[Math.floor(random() * texts.length)] : texts[0]) ?? 'Text',
  };
  const model = new SurveyModel(json);
  const answers: Record<string, unknown> = {};
  for (let pass = 0; pass < 5; pass++) {
    let added = false;
    for (const q of model.getAllQuestions(true, false, false)) {
      const key = q.getValueName();
      if (SKIP.has(q.getType()) || q.isReadOnly || key in answers) continue;
      const value = valueFor(q, g);
      if (value === undefined) continue;
      answers[key] = value;
      model.setValue(key, value);
      added = true;
    }
    if (!added) break;
  }
  return answers;
}
