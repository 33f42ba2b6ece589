// A breakdown as one compact table per question (a row per figure, a column per group), never the
// whole report again for each group.
import type { BreakdownGroup, QuestionFigure, Report } from '../report-types.ts';
import type { Block } from './document-types.ts';
import { fewerThan, NOT_SHOWN, quoted, thousands, whole } from './plain-words.ts';

type Shown = Extract<BreakdownGroup, { questions: QuestionFigure[] }>;

const cell = (figure: object | undefined) =>
  figure && 'percent' in figure && typeof figure.percent === 'number'
    ? whole(figure.percent)
    : NOT_SHOWN;

/** Each line of the question's table: a label and how to find its figure in a group. */
function lines(q: QuestionFigure): [string, (g: QuestionFigure) => object | undefined][] {
  if (q.suppressed) return [];
  if (q.rows?.length) {
    return q.rows.map((r) => [
      `Agreed: ${r.title}`,
      (g) => g.rows?.find((x) => x.name === r.name)?.agreement,
    ]);
  }
  if (q.agreement) return [['Agreed', (g) => g.agreement]];
  if (q.options?.length) {
    return q.options.map((o) => [o.label, (g) => g.options?.find((x) => x.value === o.value)]);
  }
  return (q.themes ?? [])
    .filter((t) => 'count' in t && t.count > 0)
    .slice(0, 5)
    .map((t) => [t.label, (g) => g.themes?.find((x) => x.id === t.id)]);
}

export function breakdownBlocks(report: Report): Block[] {
  const b = report.breakdown;
  if (!b) return [];
  const k = report.k;
  const by = report.questions.find((q) => q.name === b.question)?.title ?? b.question;
  const shown = b.groups.filter((g): g is Shown => 'questions' in g);
  const hidden = b.groups.filter((g) => !('questions' in g)).map((g) => quoted(g.label));
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: `Figures by answer to ${quoted(by)}` },
    {
      type: 'paragraph',
      text: `Each table gives per cent of each group who answered the question. Groups: ${shown.map((g) => `${g.label} (${thousands(g.n)} people)`).join('; ')}.${hidden.length ? ` Not shown, as ${fewerThan(k)} people or a number that would reveal one: ${hidden.join(', ')}.` : ''}`,
    },
  ];
  for (const q of report.questions) {
    if (q.name === b.question) continue;
    const rows = lines(q);
    if (rows.length === 0) continue;
    const agreed = Boolean(q.rows?.length || q.agreement);
    blocks.push({
      type: 'table',
      caption: agreed
        ? `${q.title}: per cent who agreed, of those in each group who gave a view`
        : `${q.title}: per cent, by group`,
      headers: ['Figure', ...shown.map((g) => g.label)],
      rows: rows.map(([label, find]) => [
        label,
        ...shown.map((g) => {
          const gq = g.questions.find((x) => x.name === q.name);
          return gq && !gq.suppressed ? cell(find(gq)) : NOT_SHOWN;
        }),
      ]),
    });
  }
  return blocks;
}
