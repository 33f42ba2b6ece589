// What a report needs to know about one survey-core question: how to count its answers, its
// wording in the default locale, and its options. Read once per version, never per response.
import type { Question } from 'survey-core';
import type { ChoiceValue } from './input-types.ts';

/** single: one option per respondent; multi: any number; matrix: one column per row. */
export type QuestionKind = 'single' | 'multi' | 'matrix' | 'text' | 'other';

export interface OptionSpec {
  value: ChoiceValue;
  label: string;
}

export interface ReadQuestion {
  name: string;
  title: string;
  type: string;
  kind: QuestionKind;
  options: OptionSpec[];
  rows: OptionSpec[];
  /** Ranking: only the first choice is counted. */
  firstOnly: boolean;
}

interface ItemLike {
  value: unknown;
  text?: string;
}

type Props = Question & Record<string, unknown>;

/** Nothing to count: layout, computed values, or things this platform refuses to collect. */
const NOT_ANSWERS = new Set(['html', 'image', 'expression', 'file', 'signaturepad', 'panel']);

const asValue = (v: unknown): ChoiceValue =>
  typeof v === 'number' || typeof v === 'boolean' ? v : String(v);

const toOption = (item: ItemLike): OptionSpec => ({
  value: asValue(item.value),
  label: item.text ?? String(item.value),
});

const items = (value: unknown): ItemLike[] => (Array.isArray(value) ? (value as ItemLike[]) : []);

function choiceOptions(q: Props): OptionSpec[] {
  const options = items(q.choices).map(toOption);
  const seen = new Set(options.map((o) => String(o.value)));
  // Choices copied from another question only exist in visibleChoices; "select all" is no answer.
  for (const item of items(q.visibleChoices)) {
    const key = String(item.value);
    if (key === '' || key === 'selectall' || seen.has(key)) continue;
    if (['none', 'refused', 'dontknow', 'other'].includes(key)) continue;
    seen.add(key);
    options.push(toOption(item));
  }
  const special: [string, string][] = [
    ['showNoneItem', 'noneItem'],
    ['showRefuseItem', 'refuseItem'],
    ['showDontKnowItem', 'dontKnowItem'],
    ['showOtherItem', 'otherItem'],
  ];
  for (const [flag, item] of special) {
    const entry = q[item] as ItemLike | undefined;
    if (q[flag] === true && entry && !seen.has(String(entry.value))) {
      seen.add(String(entry.value));
      options.push(toOption(entry));
    }
  }
  return options;
}

function booleanOptions(q: Props): OptionSpec[] {
  return [
    { value: asValue(q.valueTrue ?? true), label: String(q.labelTrue ?? 'Yes') },
    { value: asValue(q.valueFalse ?? false), label: String(q.labelFalse ?? 'No') },
  ];
}

export function readQuestion(q: Question): ReadQuestion | undefined {
  const type = q.getType();
  if (NOT_ANSWERS.has(type)) return undefined;
  const p = q as Props;
  const base = { name: q.getValueName(), title: q.title, type, options: [], rows: [] };
  switch (type) {
    case 'radiogroup':
    case 'dropdown':
      return { ...base, kind: 'single', options: choiceOptions(p), firstOnly: false };
    case 'imagepicker':
      return {
        ...base,
        kind: p.multiSelect === true ? 'multi' : 'single',
        options: choiceOptions(p),
        firstOnly: false,
      };
    case 'checkbox':
    case 'tagbox':
      return { ...base, kind: 'multi', options: choiceOptions(p), firstOnly: false };
    case 'ranking':
      return { ...base, kind: 'single', options: choiceOptions(p), firstOnly: true };
    case 'rating':
      return {
        ...base,
        kind: 'single',
        options: items(p.visibleRateValues).map(toOption),
        firstOnly: false,
      };
    case 'boolean':
      return { ...base, kind: 'single', options: booleanOptions(p), firstOnly: false };
    case 'matrix':
      return {
        ...base,
        kind: 'matrix',
        options: items(p.columns).map(toOption),
        rows: items(p.rows).map(toOption),
        firstOnly: false,
      };
    case 'text':
      // A number, date, email... is no prose to theme or judge: counted as answered or not.
      return {
        ...base,
        kind: p.inputType === undefined || p.inputType === 'text' ? 'text' : 'other',
        firstOnly: false,
      };
    case 'comment':
      return { ...base, kind: 'text', firstOnly: false };
    default:
      return { ...base, kind: 'other', firstOnly: false };
  }
}
