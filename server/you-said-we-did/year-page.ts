// The yearly summary as a page and as a file to save or print (the same HTML, sent as a download).
import type { Config } from '../config.ts';
import { html } from '../exports/html-escape.ts';
import { actionMarkup } from './action-markup.ts';
import { renderPage } from './page-layout.ts';
import type { YearSummary } from './year-summary.ts';

export function renderYearPage(
  summary: YearSummary,
  organisation: Config['organisation'],
  options: { download: boolean },
): string {
  const { year, k } = summary;
  const body = html`<h1>What families said and what we did: ${year}</h1>
<p>Each year ${organisation.name} publishes the comments families made about the support for children and young people with special educational needs and disabilities (SEND), and what we did about them. Nobody can be identified from this summary: every answer was anonymous, and where fewer than ${k} people gave an answer we do not show the number.</p>
${options.download ? '' : html`<p><a href="/you-said-we-did/year/${year}/download" download>Download this summary (a web page file you can save or print)</a></p>`}
<h2>Surveys that closed in ${year}</h2>
${
  summary.surveys.length === 0
    ? html`<p>No survey closed in ${year}.</p>`
    : html`<ul>${summary.surveys.map(
        (s) =>
          html`<li><a href="/you-said-we-did/${encodeURIComponent(s.slug)}">${s.title}</a>: ${
            s.responses === undefined ? `fewer than ${k} responses` : `${s.responses} responses`
          }</li>`,
      )}</ul>`
}
<h2>What families said</h2>
${
  summary.themes.length === 0
    ? html`<p>No comments were grouped into themes this year.</p>`
    : html`<table><caption>Comments by theme, from the surveys that closed in ${year}</caption>
<thead><tr><th scope="col">Theme</th><th scope="col" class="number">Comments</th></tr></thead>
<tbody>${summary.themes.map(
        (t) =>
          html`<tr><th scope="row">${t.label}</th><td class="number">${
            t.comments === undefined
              ? `fewer than ${k}`
              : `${t.comments}${t.partlyHidden ? ' or more' : ''}`
          }</td></tr>`,
      )}</tbody></table>
<p>One comment is one answer to a question. An answer can be about more than one theme.</p>`
}
<h2>What we did</h2>
${
  summary.actions.length === 0
    ? html`<p>Nothing has been published for ${year} yet.</p>`
    : summary.actions.map(
        ({ survey, action }) =>
          html`<p class="meta">From “${survey.title}”</p>${actionMarkup(action, { headingLevel: 3 })}`,
      )
}`;
  return renderPage({ title: `What families said and what we did: ${year}`, body, organisation });
}
