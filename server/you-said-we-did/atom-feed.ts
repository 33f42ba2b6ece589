// /you-said-we-did/feed.atom, for the Local Offer website and news readers: one entry per public
// action, newest change first. Times are whole days (midnight UTC), as everything here is kept.
import { ACTION_STATUS_WORDS } from '../action-contracts.ts';
import { html } from '../exports/html-escape.ts';
import type { PublicSurveyActions } from './public-view.ts';

const atDay = (day: string) => `${day}T00:00:00Z`;

export interface FeedOptions {
  /** Absolute origin for links and the feed's id (PUBLIC_URL); relative links when unknown. */
  base?: string;
  organisation: string;
  /** The day to give an empty feed. */
  today: string;
}

export function renderAtomFeed(entries: PublicSurveyActions[], options: FeedOptions): string {
  const base = options.base?.replace(/\/$/, '') ?? '';
  const items = entries
    .flatMap((e) => e.actions.map((action) => ({ survey: e.survey, action })))
    .sort((a, b) =>
      a.action.updatedOn === b.action.updatedOn
        ? a.action.id.localeCompare(b.action.id)
        : b.action.updatedOn.localeCompare(a.action.updatedOn),
    );
  const updated = items[0]?.action.updatedOn ?? options.today;
  const feedId = base ? `${base}/you-said-we-did` : 'urn:uuid:6f1d3c2e-5b7a-4e55-9a51-1c0f7d2b8e41';
  const entryXml = items.map(({ survey, action }) => {
    const href = `${base}/you-said-we-did/${encodeURIComponent(survey.slug)}#action-${action.id}`;
    const latest = action.updates.filter((u) => u.note !== '').at(-1);
    const summary = [
      `${ACTION_STATUS_WORDS[action.status]}.`,
      action.description,
      latest ? `Latest update (${latest.on}): ${latest.note}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    return html`<entry>
<id>urn:uuid:${action.id}</id>
<title type="text">${action.title}</title>
<link rel="alternate" type="text/html" href="${href}"/>
<published>${atDay(action.createdOn)}</published>
<updated>${atDay(action.updatedOn)}</updated>
<category term="${survey.slug}" label="${survey.title}"/>
<summary type="text">${summary}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${
    html`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>${feedId}</id>
<title type="text">You said, we did – ${options.organisation}</title>
<subtitle type="text">What families told us in our surveys, and what we are doing about it.</subtitle>
<updated>${atDay(updated)}</updated>
<author><name>${options.organisation}</name></author>
<link rel="self" type="application/atom+xml" href="${base}/you-said-we-did/feed.atom"/>
<link rel="alternate" type="text/html" href="${base}/you-said-we-did"/>
${entryXml}
</feed>`.html
  }\n`;
}
