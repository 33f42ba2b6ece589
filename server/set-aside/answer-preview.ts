// A cluster's answers in words, for the officer to judge: the first few questions with the option
// labels chosen. Written answers are not shown (they are not redacted here), only noted.
import { readVersion } from '../../analysis/report/catalog.ts';
import type { ReportVersion } from '../../analysis/report/input-types.ts';
import type { ReadQuestion } from '../../analysis/report/question-reading.ts';
import type { PreviewLine } from '../set-aside-contracts.ts';

const SHOWN = 4;
const MAX_ANSWER = 120;

const shorten = (text: string) =>
  text.length > MAX_ANSWER ? `${text.slice(0, MAX_ANSWER - 1)}…` : text;

function labelOf(question: ReadQuestion, value: unknown): string {
  const option = question.options.find((o) => String(o.value) === String(value));
  return option?.label ?? String(value);
}

function answerInWords(question: ReadQuestion, value: unknown): string {
  if (question.kind === 'text') return 'A written answer';
  if (question.kind === 'matrix' && value !== null && typeof value === 'object') {
    const labels = Object.values(value as Record<string, unknown>).map((v) => labelOf(question, v));
    const distinct = [...new Set(labels)];
    return distinct.length === 1
      ? `${distinct[0]} to all ${labels.length} statements`
      : `${labels.length} statements: ${distinct.join(', ')}`;
  }
  if (Array.isArray(value)) return value.map((v) => labelOf(question, v)).join(', ');
  if (value !== null && typeof value === 'object') return 'An answer';
  return labelOf(question, value);
}

export function answerPreview(
  version: ReportVersion | undefined,
  answers: Record<string, unknown>,
): { preview: PreviewLine[]; more: number; sameWrittenAnswers: boolean } {
  const questions = version ? readVersion(version) : [];
  const answered = questions.filter((q) => answers[q.name] !== undefined);
  const sameWrittenAnswers = answered.some(
    (q) => q.kind === 'text' && typeof answers[q.name] === 'string' && answers[q.name] !== '',
  );
  const preview = answered.slice(0, SHOWN).map((q) => ({
    question: shorten(q.title),
    answer: shorten(answerInWords(q, answers[q.name])),
  }));
  return { preview, more: answered.length - preview.length, sameWrittenAnswers };
}
