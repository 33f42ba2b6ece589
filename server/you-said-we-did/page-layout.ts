// The frame of every "You said, we did" page: plain HTML that works without JavaScript, on a
// phone, with a skip link, landmarks, and the council's name and how to contact it. The only
// stylesheet is inline (the site's CSP allows inline styles, never inline scripts).
import type { Config } from '../config.ts';
import { type Html, html, raw } from '../exports/html-escape.ts';

// GOV.UK colours: text #0b0c0c on white is 19.6:1, links #1d70b8 5.2:1, borders #505a5f 7:1.
const CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { color: #0b0c0c; background: #fff; -webkit-text-size-adjust: 100%; }
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1.1875rem;
  line-height: 1.5; margin: 0; overflow-wrap: break-word; }
.skip-link { position: absolute; left: -9999px; }
.skip-link:focus { position: static; display: block; padding: 0.5rem 1rem; }
header.site, footer.site { background: #0b0c0c; color: #fff; padding: 0.75rem 1rem; }
header.site a, footer.site a { color: #fff; }
footer.site { margin-top: 3rem; background: #f3f2f1; color: #0b0c0c; border-top: 1px solid #505a5f; }
footer.site a { color: #1d70b8; }
main, .width { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
main { padding-top: 1.5rem; }
h1, h2, h3 { line-height: 1.25; margin: 1.5em 0 0.5em; }
h1 { font-size: 2rem; margin-top: 0; }
h2 { font-size: 1.5rem; }
h3 { font-size: 1.25rem; }
a { color: #1d70b8; text-underline-offset: 0.15em; }
a:visited { color: #4c2c92; }
a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; box-shadow: 0 4px #0b0c0c; text-decoration: none; }
header.site a:focus { color: #0b0c0c; }
article.action { border-top: 2px solid #505a5f; padding-top: 0.5rem; margin-bottom: 2rem; }
.said { border-left: 5px solid #505a5f; padding-left: 1rem; margin: 0.75rem 0; }
.status { display: inline-block; font-weight: bold; border: 2px solid #0b0c0c; padding: 0 0.4rem; }
.meta { color: #484949; font-size: 1rem; }
ul.updates { padding-left: 1.25rem; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.5rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.5rem; }
th, td { border-bottom: 1px solid #505a5f; padding: 0.5rem 0.5rem 0.5rem 0; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; white-space: nowrap; }
@media (max-width: 40em) { body { font-size: 1rem; } h1 { font-size: 1.625rem; } }
@media print { header.site, footer.site nav, .skip-link { display: none; } }
`;

export interface PageParts {
  title: string;
  /** `lang` of the page: "en" unless the whole page is in another language. */
  lang?: string;
  body: Html;
  /** Alternate versions of the page, for `<link rel="alternate">`. */
  alternates?: { href: string; hreflang?: string; type?: string; title: string }[];
  organisation: Config['organisation'];
}

export function contactLine(organisation: Config['organisation']): Html {
  return organisation.contact
    ? html`<p>Published by ${organisation.name}. To ask about anything on this page, or to get it in another format, contact ${organisation.name}: ${organisation.contact}.</p>`
    : html`<p>Published by ${organisation.name}. To ask about anything on this page, or to get it in another format, contact ${organisation.name}.</p>`;
}

export function renderPage(page: PageParts): string {
  const alternates = (page.alternates ?? []).map(
    (a) =>
      html`<link rel="alternate" href="${a.href}" title="${a.title}"${a.hreflang ? html` hreflang="${a.hreflang}"` : ''}${a.type ? html` type="${a.type}"` : ''}>`,
  );
  return `<!doctype html>\n${
    html`<html lang="${page.lang ?? 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} – ${page.organisation.name}</title>${alternates}
<style>${raw(CSS)}</style></head><body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site"><div class="width"><a href="/you-said-we-did">You said, we did</a> · ${page.organisation.name}</div></header>
<main id="main-content">${page.body}</main>
<footer class="site"><div class="width">${contactLine(page.organisation)}
<nav aria-label="About this website"><ul>
<li><a href="/you-said-we-did">You said, we did: every survey</a></li>
<li><a href="/you-said-we-did/feed.atom">Follow updates (Atom feed)</a></li>
<li><a href="/accessibility">Accessibility statement</a></li>
</ul></nav></div></footer>
</body></html>`.html
  }`;
}
