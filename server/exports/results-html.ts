// The public page of published results: the stored document's blocks laid out by the printable
// report's own code (document-html.ts), one self-contained page with no script, readable on a
// phone first. Every piece of text passes through the escaping template.
import type { ReportDocument } from '../../analysis/report/document/document-types.ts';
import type { Config } from '../config.ts';
import { contents, documentBlock } from './document-html.ts';
import { DOCUMENT_CSS } from './document-style.ts';
import { type Html, html, raw } from './html-escape.ts';
import { Ids } from './html-question.ts';

const RESULTS_CSS = `${DOCUMENT_CSS}
footer.site-footer { border-top: 2px solid #1d70b8; margin: 3rem auto 0; max-width: 50rem;
  padding: 1rem 1rem 2rem; }
footer.site-footer p { margin: 0 0 0.5rem; }
@media (max-width: 40em) { h1 { font-size: 1.75rem; } h2 { font-size: 1.5rem; } }
`;

function footer(organisation: Config['organisation']): Html {
  const contact = organisation.contact
    ? html`<p>To ask about these results, contact ${organisation.name}: ${organisation.contact}.</p>`
    : html`<p>To ask about these results, contact ${organisation.name}.</p>`;
  return html`<footer class="site-footer">${contact}<p>No one who answered can be identified from this page.</p></footer>`;
}

function page(title: string, organisation: Config['organisation'], main: Html): string {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${raw(RESULTS_CSS)}</style>
</head>
<body>
<main id="main">
${main}
</main>
${footer(organisation)}
</body>
</html>
`.html;
}

export function resultsPageHtml(doc: ReportDocument, organisation: Config['organisation']): string {
  const ids = new Ids();
  const [first, ...rest] = doc.blocks;
  const main = html`${first ? documentBlock(first, ids) : ''}${contents(doc)}${rest.map((b) =>
    documentBlock(b, ids),
  )}`;
  return page(`Results: ${doc.title} – ${organisation.name}`, organisation, main);
}

/** One page for every address with nothing published, so none can be told from another. */
export function resultsNotFoundHtml(organisation: Config['organisation']): string {
  const main = html`<h1>Page not found</h1><p>There are no published results at this address.</p><p>If you typed the address, check it is correct. Results that were taken down are no longer shown.</p>`;
  return page(`Page not found – ${organisation.name}`, organisation, main);
}
