// The columns of the raw responses export: one per answer (a matrix gets one per row), then a 1/0
// column per theme after each themed question. Fixed before the first row so 100,000 responses can
// be streamed without holding them.
import { escapeFormula } from './cell-safety.ts';

export interface CsvQuestion {
  name: string;
  title: string;
  /** Matrix rows: one column `question.row` each. */
  rows?: readonly string[];
}

export interface CsvResponse {
  id: string;
  submittedAt: string;
  version: number;
  channel?: string | null;
  answers: Readonly<Record<string, unknown>>;
  /** Question name → theme ids of that answer; absent when the answer was not analysed. */
  themes: Readonly<Record<string, readonly string[]>>;
}

/** Everything needed to write the header: what a stream must know before its first response. */
export interface CsvLayout {
  questions: readonly CsvQuestion[];
  themeIds: readonly string[];
  /** Questions that get theme columns. */
  themedQuestions: readonly string[];
}

export type Cell = string | number | null;

export interface Column {
  header: string;
  cell: (row: CsvResponse) => Cell;
}

// Answers are parsed JSON: reading `constructor` or `__proto__` off one must not reach Object's
// prototype, so only own properties count.
const own = (record: object, key: string): unknown =>
  Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;

const itemText = (item: unknown) =>
  typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);

/** One answer as one cell: numbers stay numbers, text is never a formula. */
export function answerCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return escapeFormula(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return escapeFormula(value.map(itemText).join('; '));
  return escapeFormula(JSON.stringify(value) ?? '');
}

function matrixCell(row: CsvResponse, question: string, key: string): Cell {
  const answer = own(row.answers, question);
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return null;
  return answerCell(own(answer, key));
}

function themeCell(row: CsvResponse, question: string, theme: string): Cell {
  const themes = own(row.themes, question);
  // Empty, not 0, when the answer has no analysis: "not tagged" is not "tagged without this theme".
  if (!Array.isArray(themes)) return null;
  return themes.includes(theme) ? 1 : 0;
}

/** The columns in order; headers and cells are already safe from formula injection. */
export function responseColumns(layout: CsvLayout): Column[] {
  const themed = new Set(layout.themedQuestions);
  const columns: Column[] = [
    { header: 'id', cell: (r) => escapeFormula(r.id) },
    { header: 'submittedAt', cell: (r) => escapeFormula(r.submittedAt) },
    { header: 'version', cell: (r) => r.version },
    { header: 'channel', cell: (r) => (r.channel ? escapeFormula(r.channel) : null) },
  ];
  for (const q of layout.questions) {
    if (q.rows?.length) {
      for (const key of q.rows) {
        columns.push({ header: `${q.name}.${key}`, cell: (r) => matrixCell(r, q.name, key) });
      }
    } else {
      columns.push({ header: q.name, cell: (r) => answerCell(own(r.answers, q.name)) });
    }
    if (!themed.has(q.name)) continue;
    for (const theme of layout.themeIds) {
      columns.push({ header: `${q.name}:${theme}`, cell: (r) => themeCell(r, q.name, theme) });
    }
  }
  // Question names come from a questionnaire file anyone on the team can edit.
  return columns.map((c) => ({ ...c, header: escapeFormula(c.header) }));
}
