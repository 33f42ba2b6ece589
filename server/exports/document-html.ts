// The report document as one self-contained, printable web page: no script, no external file, a
// content security policy that would block both anyway, and every piece of text escaped. Lays out
// the same blocks as the Word file (document-docx.ts), so the two say the same.
import type { Block, ReportDocument, Run } from '../../analysis/report/document/document-types.ts';
import { DOCUMENT_CSS } from './document-style.ts';
import { type Html, html, raw } from './html-escape.ts';
import { dataTable, heading, Ids } from './html-question.ts';
import { barChart } from './svg-bar-chart.ts';

// Defence in depth: were anything ever left unescaped, the browser still runs no script and
// fetches nothing.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'";

/** Words with their bold runs as <strong>, each run escaped like any other text. */
const words = (text: string, runs: readonly Run[] | undefined): Html | string =>
  runs
    ? html`${runs.map((r) => (r.bold ? html`<strong>${r.text}</strong>` : html`${r.text}`))}`
    : text;

/** One block of the document as HTML; the published results page lays out the same blocks. */
export function documentBlock(b: Block, ids: Ids): Html {
  switch (b.type) {
    case 'title':
      return html`<header class="title-page"><p class="organisation">${b.organisation}</p><h1>${b.title}</h1><dl class="facts">${b.facts.map(
        ([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`,
      )}</dl></header>`;
    case 'heading':
      // The title is the page's h1, so document levels 1 to 4 are h2 to h5.
      return heading(
        b.level + 1,
        b.text,
        b.level <= 2 ? ids.next('section') : undefined,
        b.newPage ? 'new-page' : undefined,
      );
    case 'paragraph':
      return html`<p>${words(b.text, b.runs)}</p>`;
    case 'list':
      return html`<ul>${b.items.map((item, i) => html`<li>${words(item, b.runs?.[i])}</li>`)}</ul>`;
    case 'quote':
      return html`<blockquote><p>“${b.text}”</p></blockquote>`;
    case 'table':
      return dataTable(b.caption, b.headers, b.rows);
    case 'chart':
      return html`<figure class="chart-figure">${barChart(ids.next('chart'), b.caption, b.bars)}</figure>`;
  }
}

export function contents(doc: ReportDocument): Html {
  let n = 0;
  const items: Html[] = [];
  for (const b of doc.blocks) {
    if (b.type !== 'heading' || b.level > 2) continue;
    n++;
    if (b.level === 1) items.push(html`<li><a href="#section-${n}">${b.text}</a></li>`);
  }
  return html`<nav class="contents" aria-label="Contents"><ol>${items}</ol></nav>`;
}

export function documentHtml(doc: ReportDocument): string {
  const ids = new Ids();
  const [first, ...rest] = doc.blocks;
  const body = rest.map((b) => documentBlock(b, ids));
  const page = html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${doc.title}: survey report</title>
<style>${raw(DOCUMENT_CSS)}</style>
</head>
<body>
${first ? documentBlock(first, ids) : ''}
<main>
${contents(doc)}${body}
</main>
</body>
</html>
`;
  return page.html;
}
