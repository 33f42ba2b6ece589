import type { QuoteCandidate, ThemeFigure } from '../../../analysis/report/report-types.ts';
import { QuoteApproval } from '../review/quote-approval.tsx';
import { isSuppressed } from './figure-rows.ts';

/** Older reports carry plain strings; they have no approval state to show. */
const asCandidates = (quotes: string[] | QuoteCandidate[]): (QuoteCandidate | string)[] => quotes;

interface ThemeQuotesProps {
  themes: ThemeFigure[];
  headingLevel: 3 | 4;
  /** Given on the whole report, where officers approve quotes; breakdowns only show them. */
  slug?: string;
}

/** Candidate quotes: redacted words from people who agreed to be quoted, with their approval. */
export function ThemeQuotes({ themes, headingLevel, slug }: ThemeQuotesProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const quoted = themes.flatMap((t) => (!isSuppressed(t) && t.quotes.length > 0 ? [t] : []));
  if (quoted.length === 0) return null;
  return (
    <div className="theme-quotes">
      {quoted.map((theme) => (
        <div key={theme.id}>
          <Heading className="heading-s">Quotes about “{theme.label}”</Heading>
          <ul className="quote-list">
            {asCandidates(isSuppressed(theme) ? [] : theme.quotes).map((quote) => {
              const text = typeof quote === 'string' ? quote : quote.text;
              const key = typeof quote === 'string' ? quote : quote.key;
              return (
                <li key={key} className="quote-list__item">
                  <blockquote className="quote-list__text">{text}</blockquote>
                  {typeof quote !== 'string' && slug && (
                    <QuoteApproval slug={slug} quoteKey={quote.key} approved={quote.approved} />
                  )}
                  {typeof quote !== 'string' && !slug && (
                    <strong className={quote.approved ? 'tag tag--green' : 'tag tag--grey'}>
                      {quote.approved ? 'Approved' : 'Not approved yet'}
                    </strong>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
