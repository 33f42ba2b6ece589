// The front of the document: the title page, "About this survey" (every rule explained once, so
// no question repeats it) and the summary page.
import type { Report } from '../report-types.ts';
import type { Block, DocumentContext } from './document-types.ts';
import { officerBlocks } from './marked-text.ts';
import {
  fewerThan,
  list,
  longDay,
  midSentence,
  NOT_SHOWN,
  quoted,
  thousands,
  whole,
} from './plain-words.ts';
import { isShown } from './scale-words.ts';

function openDates(report: Report, ctx: DocumentContext): [string, string] | undefined {
  const first = ctx.opened ?? report.timeline[0]?.date;
  const last = ctx.closed ?? report.timeline.at(-1)?.to ?? report.timeline.at(-1)?.date;
  return first && last ? [first, last] : undefined;
}

export function titleBlock(report: Report, ctx: DocumentContext): Block {
  const facts: [string, string][] = [];
  const dates = openDates(report, ctx);
  if (dates) facts.push(['Open', `${longDay(dates[0])} to ${longDay(dates[1])}`]);
  facts.push(['People who answered', thousands(report.responses)]);
  if (ctx.reportDate) facts.push(['Report date', longDay(ctx.reportDate)]);
  return { type: 'title', organisation: ctx.organisation, title: report.survey.title, facts };
}

/** The question answered most on each page: how many took part in that part. */
function partsTable(report: Report, ctx: DocumentContext): Block[] {
  const rows = ctx.pages.flatMap((page) => {
    const answered = report.questions
      .filter((q) => page.questions.includes(q.name))
      .map((q) => (q.suppressed ? 0 : q.answered));
    if (answered.length === 0) return [];
    const most = Math.max(...answered);
    return [[page.title, most >= report.k ? thousands(most) : fewerThan(report.k)]];
  });
  if (rows.length === 0) return [];
  return [
    {
      type: 'table',
      caption: 'How many answered each part (the question answered most in that part)',
      headers: ['Part of the questionnaire', 'People who answered'],
      rows,
    },
  ];
}

/** What officers' own coding says about the automatic themes; never claims checks not made. */
function checkedSentence(checked: DocumentContext['themeAgreement']): string {
  const coded = checked?.coded ?? 0;
  if (coded === 0) return 'Officers had not checked any by hand when this report was produced.';
  const answers = coded === 1 ? 'one answer' : `${thousands(coded)} answers`;
  if (checked?.percent === undefined) {
    return `Officers checked the themes of ${answers} by hand, correcting them where needed.`;
  }
  return `Officers checked the themes of ${answers} by hand; on those, the automatic themes agreed with theirs ${whole(checked.percent)} of the time (the F1 score, which counts themes missed and themes wrongly given).`;
}

export function aboutBlocks(report: Report, ctx: DocumentContext): Block[] {
  const k = report.k;
  const dates = openDates(report, ctx);
  const when = dates ? ` It was open from ${longDay(dates[0])} to ${longDay(dates[1])}.` : '';
  const agreement = checkedSentence(ctx.themeAgreement);
  return [
    { type: 'heading', level: 1, text: 'About this survey' },
    {
      type: 'paragraph',
      text: `${ctx.organisation} asked parents and carers to answer the questionnaire ${quoted(report.survey.title)} online, without giving their name or anything that could identify them.${when} ${thousands(report.responses)} people answered. Most questions were optional, so each question says how many answered it.`,
    },
    ...partsTable(report, ctx),
    {
      type: 'paragraph',
      text: `To protect the people who answered, any figure about ${fewerThan(k)} people is not shown, and neither is a figure that would let someone work one out; tables and charts say ${quoted(NOT_SHOWN)} for both. A 0 is shown only for a question or group of at least ${k} people: for a smaller group, even a 0 is not shown, as it would tell that none of those few chose an answer.`,
    },
    {
      type: 'paragraph',
      text: 'Each percentage says which people it is out of: usually those who answered the question. How many agreed with a statement is out of those who gave a view, not counting answers such as “Does not apply” or “Don’t know”; it is the one agreement figure used everywhere, trends and breakdowns included. Percentages are rounded to whole numbers in the text, so they may not add up to 100; the tables of answers give one decimal place and a 95% confidence interval (the true figure is very likely to be inside it).',
    },
    {
      type: 'paragraph',
      text: `Written answers were sorted into themes automatically, by the words they use. ${agreement} One answer can mention several themes.`,
    },
    {
      type: 'paragraph',
      text: 'Quotes are in people’s own words, used only where they agreed to be quoted and an officer approved them. Names and details that could identify someone are replaced by markers such as [NAME].',
    },
  ];
}

/** The summary is a page of its own, after "About this survey"; what follows starts a new one. */
const SUMMARY_HEADING: Block = { type: 'heading', level: 1, text: 'Summary', newPage: true };

/** The summary page: an officer's own text when they wrote one, else drafted from the figures. */
export function summaryBlocks(report: Report, ctx: DocumentContext): Block[] {
  if (ctx.summary !== undefined) {
    return [SUMMARY_HEADING, ...officerBlocks(ctx.summary)];
  }
  const items: string[] = [];
  for (const q of report.questions) {
    if (q.suppressed) continue;
    for (const row of q.rows ?? []) {
      if (row.agreement && isShown(row.agreement)) {
        items.push(
          `${whole(row.agreement.percent)} of the ${thousands(row.agreement.n)} who gave a view agreed that ${quoted(row.title)}.`,
        );
      }
    }
    const top = q.themes?.filter(isShown).find((t) => t.count > 0);
    if (top) {
      const what =
        top.id === 'nothing_working' ? 'that nothing is working' : midSentence(top.label);
      items.push(
        `${quoted(q.title)}: the most common theme was ${what}, in ${whole(top.percent)} of the ${thousands(q.answered)} answers.`,
      );
    }
  }
  const themes = new Set(
    report.questions.flatMap((q) =>
      (q.themes ?? [])
        .filter(isShown)
        .filter((t) => t.count > 0)
        .slice(0, 1)
        .map((t) => t.label),
    ),
  );
  const lead = `${thousands(report.responses)} people answered this survey.${themes.size > 0 ? ` What they wrote was most often about ${list([...themes].map(midSentence))}.` : ''}`;
  return [
    SUMMARY_HEADING,
    { type: 'paragraph', text: lead },
    ...(items.length > 0 ? [{ type: 'list', items } as Block] : []),
  ];
}
