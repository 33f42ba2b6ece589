// Which answers the evaluate command scores: a development set quoted from web pages (its answers
// carry a `url`) is split by page into a part to tune on and a part to report on, and the report
// part is scored unless --split says otherwise; a file without pages is scored whole.
import { splitByGroup } from '../../analysis/group-split.ts';
import type { Agreement, AgreementReport } from '../../analysis/metrics.ts';
import { UsageError } from './cli-errors.ts';
import type { CodedAnswer } from './coded-answers.ts';

const PARTS = ['report', 'tune', 'all'] as const;
export type SplitOption = (typeof PARTS)[number];

export function parseSplitOption(value: string | undefined): SplitOption | undefined {
  if (value === undefined) return undefined;
  const part = PARTS.find((p) => p === value);
  if (!part) throw new UsageError(`--split must be one of ${PARTS.join(', ')}.`);
  return part;
}

export function selectSplit(answers: CodedAnswer[], option: SplitOption | undefined) {
  const paged = answers.length > 0 && answers.every((a) => a.url !== undefined);
  const part = option ?? (paged ? 'report' : 'all');
  if (part === 'all') return { part, answers };
  if (!paged) throw new UsageError(`--split ${part} needs a "url" on every answer of the file.`);
  return { part, answers: splitByGroup(answers, (a) => a.url ?? '')[part] };
}

const figure = (n: number) => n.toFixed(2).padStart(6);
const row = (name: string, a: Omit<Agreement, 'support'> & { support?: number }) =>
  `${name.padEnd(20)}${figure(a.precision)}${figure(a.recall)}${figure(a.f1)}${figure(a.kappa)}${String(a.support ?? '').padStart(8)}`;

/** The figures as a plain table for reading in a terminal. */
export function agreementTable(report: AgreementReport, part: string, count: number): string {
  const lines = [
    `${count} answers (${part})`,
    `${'theme'.padEnd(20)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}${'kappa'.padStart(6)}${'support'.padStart(8)}`,
    ...Object.entries(report.themes).map(([id, a]) => row(id, a)),
    row('micro', report.micro),
    row('macro', report.macro),
  ];
  return `${lines.join('\n')}\n`;
}
