// The report as one self-contained, printable web page: no script, no external file, a content
// security policy that would block both anyway, and every piece of text escaped. It only lays out
// the report, which is already suppressed and redacted.
import type { Report } from '../../analysis/report/report-types.ts';
import {
  aboutReport,
  fewerThan,
  formatCount,
  formatGeneratedAt,
  periodLabel,
} from './export-text.ts';
import { breakdownTitle } from './figure-tables.ts';
import { type Html, html, raw } from './html-escape.ts';
import { dataTable, heading, Ids, questionHtml } from './html-question.ts';
import { REPORT_CSS } from './html-style.ts';

// Defence in depth: were anything ever left unescaped, the browser still runs no script and
// fetches nothing.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'";

function about(report: Report): Html {
  const facts: [string, string][] = [
    ['Responses', formatCount(report.responses)],
    ['Figures hidden below', `${report.k} people`],
  ];
  if (report.generatedAt) facts.push(['Produced', formatGeneratedAt(report.generatedAt)]);
  return html`<section aria-labelledby="about">${heading(2, 'About this report', 'about')}${aboutReport(
    report,
  ).map((p) => html`<p>${p}</p>`)}<dl class="facts">${facts.map(
    ([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`,
  )}</dl></section>`;
}

function timeline(report: Report): Html {
  if (report.timeline.length === 0) return html``;
  const rows = report.timeline.map((e) => [
    periodLabel(e, report.timelineUnit),
    'count' in e ? formatCount(e.count) : fewerThan(report.k),
  ]);
  return html`<section aria-labelledby="timeline">${heading(2, 'Responses over time', 'timeline')}${dataTable(
    'Responses over time',
    ['Period', 'Responses'],
    rows,
  )}</section>`;
}

function breakdown(report: Report, ids: Ids): Html {
  const b = report.breakdown;
  if (!b) return html``;
  return html`<section class="breakdown" aria-labelledby="breakdown">${heading(
    2,
    `Breakdown by ${breakdownTitle(report, b.question)}`,
    'breakdown',
  )}${b.groups.map((group) => {
    const id = ids.next('group');
    const body =
      'questions' in group
        ? html`<p>This group has ${formatCount(group.n)} people.</p>${group.questions.map((q) =>
            questionHtml(q, report.k, 4, ids),
          )}`
        : html`<p>This group has ${fewerThan(report.k)} people, so its figures are not shown.</p>`;
    return html`<section aria-labelledby="${id}">${heading(3, group.label, id)}${body}</section>`;
  })}</section>`;
}

function contents(report: Report): Html {
  const items = report.questions.map(
    (q, i) => html`<li><a href="#question-${i + 1}">${q.title}</a></li>`,
  );
  if (report.breakdown) items.push(html`<li><a href="#breakdown">Breakdown</a></li>`);
  return html`<nav class="contents" aria-labelledby="contents">${heading(2, 'Contents', 'contents')}<ol>${items}</ol></nav>`;
}

export function reportHtml(report: Report): string {
  // Questions take ids question-1, question-2, ... in order, which the contents links rely on.
  const questionIds = new Ids();
  const questions = report.questions.map((q) => questionHtml(q, report.k, 2, questionIds));
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${report.survey.title}: survey report</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<header><h1>${report.survey.title}</h1><p>Survey report</p></header>
<main>
${contents(report)}${about(report)}${timeline(report)}${questions}${breakdown(report, questionIds)}
</main>
</body>
</html>
`;
  return page.html;
}
