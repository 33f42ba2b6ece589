// When every response is in hand, the layout can be read off the data instead of declared: matrix
// rows, SurveyJS's `<question>-Comment` "other, please say" text, keys no question describes, and
// which questions have themes. Nothing answered may be left out of the unredacted export.
import type { CsvLayout, CsvQuestion, CsvResponse } from './responses-columns.ts';

export interface ResponsesCsvInput {
  questions: readonly CsvQuestion[];
  themeIds: readonly string[];
  /** Questions that get theme columns; by default those any response has themes for. */
  themedQuestions?: readonly string[];
  rows: readonly CsvResponse[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function completeLayout(input: ResponsesCsvInput): CsvLayout {
  const declared = new Set(input.questions.map((q) => q.name));
  const matrixKeys = new Map<string, Set<string>>();
  const unknownKeys = new Set<string>();
  const themed = new Set<string>();
  for (const row of input.rows) {
    for (const [key, value] of Object.entries(row.answers)) {
      if (!declared.has(key)) unknownKeys.add(key);
      else if (isRecord(value)) {
        const keys = matrixKeys.get(key) ?? new Set<string>();
        for (const rowKey of Object.keys(value)) keys.add(rowKey);
        matrixKeys.set(key, keys);
      }
    }
    if (!input.themedQuestions) for (const key of Object.keys(row.themes)) themed.add(key);
  }

  const questions: CsvQuestion[] = [];
  for (const q of input.questions) {
    const seen = matrixKeys.get(q.name);
    const rows = [...(q.rows ?? [])];
    for (const key of seen ?? []) if (!rows.includes(key)) rows.push(key);
    questions.push(rows.length > 0 ? { ...q, rows } : q);
    const comment = `${q.name}-Comment`;
    if (unknownKeys.delete(comment)) questions.push({ name: comment, title: `${q.title} (other)` });
  }
  for (const key of unknownKeys) questions.push({ name: key, title: key });

  const themedQuestions =
    input.themedQuestions ?? input.questions.map((q) => q.name).filter((name) => themed.has(name));
  return { questions, themeIds: input.themeIds, themedQuestions };
}
