// Comparing a draft with the previous survey of its series. Trends compare question by question,
// statement by statement and answer by answer, so every change to a name, wording, statement or
// scale breaks a trend: a warning the team can act on (keep the old wording to keep the trend).
import type { DesignIssue } from '../designer-contracts.ts';
import type { Json } from './definition-walk.ts';
import { type Option, type QuestionShape, questionShapes } from './question-shapes.ts';

const quoted = (texts: string[]) => texts.map((t) => `"${t}"`).join(', ');
const shown = (scale: Option[]) => {
  const texts = scale.map((o) => o.text || o.value);
  return texts.length > 10 ? `${texts.slice(0, 10).join(' / ')} …` : texts.join(' / ');
};
const sameScale = (a: Option[], b: Option[]) =>
  a.length === b.length && a.every((o, i) => o.value === b[i]?.value && o.text === b[i]?.text);

/** Statements added, removed or reworded, in words; empty when they are the same. */
function rowChanges(before: Option[], after: Option[]): string[] {
  const old = new Map(before.map((r) => [r.value, r.text]));
  const now = new Map(after.map((r) => [r.value, r.text]));
  const added = after.filter((r) => !old.has(r.value)).map((r) => r.text || r.value);
  const removed = before.filter((r) => !now.has(r.value)).map((r) => r.text || r.value);
  const reworded = after
    .filter((r) => old.has(r.value) && old.get(r.value) !== r.text)
    .map((r) => `"${old.get(r.value)}" to "${r.text}"`);
  return [
    ...(added.length ? [`added ${quoted(added)}`] : []),
    ...(removed.length ? [`removed ${quoted(removed)}`] : []),
    ...(reworded.length ? [`reworded ${reworded.join(', ')}`] : []),
  ];
}

function changesOf(name: string, old: QuestionShape, now: QuestionShape, slug: string) {
  const found: [code: string, message: string][] = [];
  if (now.title !== old.title) {
    found.push([
      'series_wording_changed',
      `The wording of "${name}" changed since ${slug}, so answers may not compare: "${old.title}" is now "${now.title}".`,
    ]);
  }
  const rows = rowChanges(old.rows, now.rows);
  if (rows.length > 0) {
    found.push([
      'series_rows_changed',
      `The statements of "${name}" changed since ${slug}: ${rows.join('; ')}. Trends compare statement by statement, so these have no trend.`,
    ]);
  }
  if (old.scale && now.scale && !sameScale(old.scale, now.scale)) {
    found.push([
      'series_scale_changed',
      `The answers offered for "${name}" changed since ${slug}: they were ${shown(old.scale)}; now ${shown(now.scale)}. Percentages may not compare with the earlier survey.`,
    ]);
  }
  return found;
}

export function seriesChanges(previous: { slug: string; json: Json }, json: Json): DesignIssue[] {
  const before = questionShapes(previous.json, false);
  const after = questionShapes(json, false);
  const issues: DesignIssue[] = [];
  const warn = (code: string, message: string, question: string) =>
    issues.push({ code, severity: 'warning', message, question });
  for (const [name, old] of before) {
    const now = after.get(name);
    if (!now) {
      warn(
        'series_question_missing',
        `"${name}" was in ${previous.slug}, the previous survey of the series, but is not here (renamed or removed), so its trend stops.`,
        name,
      );
      continue;
    }
    for (const [code, message] of changesOf(name, old, now, previous.slug))
      warn(code, message, name);
  }
  for (const name of after.keys()) {
    if (!before.has(name)) {
      warn(
        'series_question_new',
        `"${name}" was not in ${previous.slug}, the previous survey of the series, so it has no trend to compare with.`,
        name,
      );
    }
  }
  return issues;
}
