// The responses as a table for the report's spreadsheet: one row per response, read from the same
// pass that counts them. Choices are written as their labels (never typed "other" text), free text
// as the redacted copy from its analysis (the caller supplies those, a few thousand rows at a time),
// and each themed question gets a column per theme. Raw answers never reach this table.
import type { QuestionSpec } from './catalog.ts';
import { type Column, TEXT_NON_ANSWER, TEXT_NONE, TEXT_SUBSTANTIVE } from './dataset.ts';
import type { ReportInput } from './input-types.ts';
import { type PreparedReport, prepareReport } from './prepare-report.ts';
import { LondonDays } from './timeline.ts';

/** A cell: text, a number, or nothing (rows are sparse arrays: empty cells are holes). */
export type TableCell = string | number;

export const NOT_ANALYSED_YET = '[not analysed yet]';
export const NOT_THEMED = '[not analysed: this question is not themed]';
export const ANSWERED = '[answered]';

/** Looks up the redacted text of row's answer to a question, once the caller has read it. */
export type RedactedText = (question: string) => string | undefined;

export interface ResponsesTable {
  headers: string[];
  /** Rows, in the report's order (time, then id). */
  size: number;
  responseId(row: number): string;
  cells(row: number, text: RedactedText): TableCell[];
}

interface Part {
  headers: string[];
  write(cells: TableCell[], at: number, row: number, text: RedactedText): void;
}

const analysed = (state: number) => state === TEXT_SUBSTANTIVE || state === TEXT_NON_ANSWER;

function textPart(spec: QuestionSpec, column: Column, themes: ReportInput['themes']): Part {
  if (column.kind !== 'text') throw new Error(`${spec.name} is not a text column`);
  const { state, themes: tags } = column;
  const themed = spec.themed;
  const themeHeaders = themed ? themes.map((t) => `${spec.title}: ${t.label}`) : [];
  return {
    headers: [spec.title, ...themeHeaders],
    write(cells, at, row, text) {
      const s = state[row] as number;
      if (s === TEXT_NONE) return;
      if (!themed) {
        cells[at] = NOT_THEMED;
        return;
      }
      cells[at] = (analysed(s) ? text(spec.name) : undefined) ?? NOT_ANALYSED_YET;
      if (s !== TEXT_SUBSTANTIVE) return;
      // 1 marks a theme the answer has; a blank cell, one it has not.
      const end = tags.offsets[row + 1] as number;
      for (let i = tags.offsets[row] as number; i < end; i++)
        cells[at + 1 + (tags.values[i] as number)] = 1;
    },
  };
}

function choicePart(spec: QuestionSpec, column: Column): Part {
  const label = (code: number) => spec.options[code]?.label ?? '';
  switch (column.kind) {
    case 'single':
      return {
        headers: [spec.firstOnly ? `${spec.title} (first choice)` : spec.title],
        write(cells, at, row) {
          const code = column.codes[row] as number;
          if (code >= 0) cells[at] = label(code);
        },
      };
    case 'multi':
      return {
        headers: [spec.title],
        write(cells, at, row) {
          const { offsets, values } = column.ticks;
          const ticked: string[] = [];
          for (let i = offsets[row] as number; i < (offsets[row + 1] as number); i++) {
            ticked.push(label(values[i] as number));
          }
          if (ticked.length > 0) cells[at] = ticked.join('; ');
        },
      };
    case 'matrix':
      return {
        headers: spec.rows.map((r) => `${spec.title}: ${r.label}`),
        write(cells, at, row) {
          column.rows.forEach((codes, r) => {
            const code = codes[row] as number;
            if (code >= 0) cells[at + r] = label(code);
          });
        },
      };
    default:
      // Numbers, dates and the like: the pass keeps only whether they were answered.
      return {
        headers: [spec.title],
        write(cells, at, row) {
          if (column.kind === 'other' && column.answered[row] === 1) cells[at] = ANSWERED;
        },
      };
  }
}

export function responsesTable(input: ReportInput, version?: number): ResponsesTable {
  const prepared: PreparedReport =
    input.prepared?.version === version && input.prepared
      ? input.prepared
      : prepareReport(input, version);
  const { catalog, encoded } = prepared;
  const columns = encoded.dataset.columns;
  const parts = catalog.questions.map((spec, q) => {
    const column = columns[q] as Column;
    return spec.kind === 'text' ? textPart(spec, column, input.themes) : choicePart(spec, column);
  });
  const versionNumber = new Map(input.versions.map((v) => [v.id, v.version]));
  const days = new LondonDays();
  const headers = ['Date', 'Channel', 'Version', ...parts.flatMap((p) => p.headers)];
  const response = (row: number) =>
    input.responses[encoded.responseIndex[row] as number] as ReportInput['responses'][number];
  return {
    headers,
    size: encoded.dataset.n,
    responseId: (row) => response(row).id,
    cells(row, text) {
      const r = response(row);
      const cells: TableCell[] = [
        days.of(r.submittedAt),
        r.channel ?? 'online',
        versionNumber.get(r.versionId) ?? 0,
      ];
      let at = cells.length;
      for (const part of parts) {
        part.write(cells, at, row, text);
        at += part.headers.length;
      }
      cells.length = headers.length;
      return cells;
    },
  };
}
