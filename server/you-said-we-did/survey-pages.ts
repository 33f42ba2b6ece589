// The pages of "You said, we did": every survey (/you-said-we-did), one survey
// (/you-said-we-did/<slug>), and that survey in easy read (/en-easy) or another language the
// council translated its actions into (/<locale>).
import type { Config } from '../config.ts';
import { type Html, html } from '../exports/html-escape.ts';
import { actionMarkup, EASY_READ } from './action-markup.ts';
import { renderPage } from './page-layout.ts';
import type { PublicSurveyActions } from './public-view.ts';

type Organisation = Config['organisation'];

const pageOf = (slug: string, locale?: string) =>
  `/you-said-we-did/${encodeURIComponent(slug)}${locale ? `/${encodeURIComponent(locale)}` : ''}`;

/** "Cymraeg" for "cy": a language is named in itself, so its readers can find it. */
export function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** The languages (not easy read) at least one of the survey's public actions is written in. */
export function translatedLocales(entry: PublicSurveyActions): string[] {
  const locales = new Set<string>();
  for (const action of entry.actions) {
    for (const locale of action.texts.keys()) if (locale !== EASY_READ) locales.add(locale);
  }
  return [...locales].sort();
}

function versionLinks(entry: PublicSurveyActions, current?: string): Html {
  const links = [
    ...(current
      ? [{ href: pageOf(entry.survey.slug), label: 'Standard English', lang: 'en' }]
      : []),
    ...(current === EASY_READ
      ? []
      : [{ href: pageOf(entry.survey.slug, EASY_READ), label: 'Easy read', lang: 'en' }]),
    ...translatedLocales(entry)
      .filter((l) => l !== current)
      .map((l) => ({ href: pageOf(entry.survey.slug, l), label: languageName(l), lang: l })),
  ];
  return html`<nav aria-label="Other versions of this page"><p>Read this page in:</p><ul>${links.map(
    (l) => html`<li><a href="${l.href}" hreflang="${l.lang}" lang="${l.lang}">${l.label}</a></li>`,
  )}</ul></nav>`;
}

export function renderSurveyPage(
  entry: PublicSurveyActions,
  organisation: Organisation,
  locale?: string,
): string {
  const easy = locale === EASY_READ;
  const { survey, actions } = entry;
  const intro = easy
    ? html`<p>We asked families questions in a survey called “${survey.title}”.</p><p>This page says what you told us. It says what we are doing about it.</p>`
    : html`<p>What families told us in “${survey.title}”, and what ${organisation.name} is doing about it.</p>`;
  const body = html`<h1>${easy ? 'What you told us and what we are doing' : `You said, we did: ${survey.title}`}</h1>
${intro}
${versionLinks(entry, locale)}
${
  actions.length > 0
    ? actions.map((a) => actionMarkup(a, { locale, headingLevel: 2, easyRead: easy }))
    : html`<p>${easy ? 'We have not written anything here yet. Please look again later.' : 'Nothing has been published for this survey yet.'}</p>`
}`;
  return renderPage({
    title: easy ? `Easy read: ${survey.title}` : `You said, we did: ${survey.title}`,
    body,
    organisation,
    alternates: [
      { href: pageOf(survey.slug, EASY_READ), title: 'Easy read' },
      ...translatedLocales(entry).map((l) => ({
        href: pageOf(survey.slug, l),
        hreflang: l,
        title: languageName(l),
      })),
      { href: '/you-said-we-did/feed.atom', type: 'application/atom+xml', title: 'Updates' },
    ],
  });
}

export function renderIndexPage(
  entries: PublicSurveyActions[],
  years: number[],
  organisation: Organisation,
): string {
  const withActions = entries.filter((e) => e.actions.length > 0);
  const without = entries.filter((e) => e.actions.length === 0);
  const body = html`<h1>You said, we did</h1>
<p>Families tell us what works and what does not in our surveys. Here is what ${organisation.name} is doing about what you said. We do not know who said what: every answer is anonymous.</p>
<p><a href="/you-said-we-did/feed.atom">Follow these updates with a news reader (Atom feed)</a>.</p>
${
  withActions.length === 0
    ? html`<p>Nothing has been published yet.</p>`
    : withActions.map(
        (e) => html`<section aria-labelledby="survey-${e.survey.slug}">
<h2 id="survey-${e.survey.slug}"><a href="${pageOf(e.survey.slug)}">${e.survey.title}</a></h2>
<p><a href="${pageOf(e.survey.slug, EASY_READ)}">Easy read version of “${e.survey.title}”</a></p>
${e.actions.map((a) => actionMarkup(a, { headingLevel: 3 }))}
</section>`,
      )
}
${
  without.length > 0
    ? html`<h2>Surveys with nothing published yet</h2><ul>${without.map(
        (e) => html`<li><a href="${pageOf(e.survey.slug)}">${e.survey.title}</a></li>`,
      )}</ul>`
    : ''
}
${
  years.length > 0
    ? html`<h2>Yearly summaries</h2><ul>${years.map(
        (y) =>
          html`<li><a href="/you-said-we-did/year/${y}">What families said and what we did in ${y}</a></li>`,
      )}</ul>`
    : ''
}`;
  return renderPage({
    title: 'You said, we did',
    body,
    organisation,
    alternates: [
      { href: '/you-said-we-did/feed.atom', type: 'application/atom+xml', title: 'Updates' },
    ],
  });
}

export function renderNotFoundPage(organisation: Organisation): string {
  return renderPage({
    title: 'Page not found',
    body: html`<h1>Page not found</h1><p>There is nothing at this address. <a href="/you-said-we-did">See what we did about every survey</a>.</p>`,
    organisation,
  });
}
