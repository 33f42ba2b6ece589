import type { QuoteCandidate, ThemeFigure } from '../../../analysis/report/report-types.ts';
import { QuoteApproval } from '../review/quote-approval.tsx';
import { isSuppressed } from './figure-rows.ts';

interface ThemeQuotesProps {
  themes: ThemeFigure[];
  headingLevel: 3 | 4;
  /** Given on the whole report, where officers approve quotes; breakdowns only show them. */
  slug?: string;
}

/** Every candidate for officers; a report without candidates lists its approved quotes. */
function quotesOf(theme: ThemeFigure): QuoteCandidate[] {
  if (isSuppressed(theme)) return [];
  return theme.candidates ?? theme.quotes.map((text) => ({ key: text, text, approved: true }));
}

/** Candidate quotes: redacted words from people who agreed to be quoted, with their approval. */
export function ThemeQuotes({ themes, headingLevel, slug }: ThemeQuotesProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const quoted = themes.filter((t) => quotesOf(t).length > 0);
  if (quoted.length === 0) return null;
  return (
    <div className="theme-quotes">
      {quoted.map((theme) => (
        <ThemeQuoteList key={theme.id} theme={theme} Heading={Heading} slug={slug} />
      ))}
    </div>
  );
}

interface ThemeQuoteListProps {
  theme: ThemeFigure;
  Heading: 'h3' | 'h4';
  slug?: string;
}

function ThemeQuoteList({ theme, Heading, slug }: ThemeQuoteListProps) {
  // Only candidates carry the key an officer approves.
  const approvable = slug !== undefined && 'candidates' in theme && theme.candidates !== undefined;
  return (
    <div>
      <Heading className="heading-s">Quotes about “{theme.label}”</Heading>
      <ul className="quote-list">
        {quotesOf(theme).map((quote) => (
          <li key={quote.key} className="quote-list__item">
            <blockquote className="quote-list__text">{quote.text}</blockquote>
            {approvable ? (
              <QuoteApproval
                slug={slug}
                quoteKey={quote.key}
                approved={quote.approved}
                text={quote.text}
                excerpt={quote.excerpt}
              />
            ) : (
              <strong className={quote.approved ? 'tag tag--green' : 'tag tag--grey'}>
                {quote.approved ? 'Approved' : 'Not approved yet'}
              </strong>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
