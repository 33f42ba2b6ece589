import './review.css';
import { useState } from 'react';
import { formatLondonDate, formatLondonDateTime } from '../../lib/london-date.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { reportPath } from '../officer-routes.ts';
import { LoadProblem } from '../pages/load-problem.tsx';
import { useLoad } from '../use-load.ts';
import { Highlighted } from './highlight.tsx';
import { type FlaggedAnswer, fetchSafeguarding, markReviewed } from './review-api.ts';

const keyOf = (item: FlaggedAnswer) => `${item.responseId}:${item.question}`;

interface SafeguardingPageProps {
  account: Account;
  slug: string;
}

export function SafeguardingPage({ account, slug }: SafeguardingPageProps) {
  const loaded = useLoad(() => fetchSafeguarding(slug), slug);
  // Reviews made on this page, laid over the list as loaded, so it need not be fetched again.
  const [reviewedNow, setReviewedNow] = useState<Record<string, FlaggedAnswer['reviewed']>>({});
  const [status, setStatus] = useState('');
  const [justReviewed, setJustReviewed] = useState<string>();

  const title = 'Answers to check first';
  if (loaded.kind === 'loading') {
    return (
      <OfficerLayout title={title} account={account}>
        <h1 className="heading-xl">{title}</h1>
        <p className="body delayed-appear">Loading the answers…</p>
      </OfficerLayout>
    );
  }
  if (!loaded.ok) return <LoadProblem failure={loaded} account={account} />;

  async function review(item: FlaggedAnswer) {
    setStatus('Saving…');
    const result = await markReviewed(slug, item.responseId, item.question);
    if (!result.ok) {
      setStatus('The answer could not be marked as reviewed. Try again.');
      return;
    }
    // The server records the signed-in officer and the time; show the same without reloading.
    const reviewed = { by: account.user.email, at: new Date().toISOString() };
    setReviewedNow((now) => ({ ...now, [keyOf(item)]: reviewed }));
    setJustReviewed(keyOf(item));
    setStatus(`Marked as reviewed by ${reviewed.by}.`);
  }

  const items = loaded.value.map((i) => ({
    ...i,
    reviewed: i.reviewed ?? reviewedNow[keyOf(i)] ?? null,
  }));
  const waiting = items.filter((i) => !i.reviewed).length;
  return (
    <OfficerLayout title={title} account={account}>
      <p className="body">
        <a href={reportPath(slug)} className="back-link">
          Back to the report
        </a>
      </p>
      <h1 className="heading-xl">{title}</h1>
      <p className="body">
        These answers may suggest that a child or parent is at risk. Read them before anything else,
        follow your council’s safeguarding procedure if you are worried, then mark each one as
        reviewed. The words that caused each answer to be listed are highlighted.
      </p>
      <p className="body-l">
        {items.length === 0
          ? 'No answers need checking.'
          : `${waiting} of ${items.length} not reviewed yet.`}
      </p>
      <div aria-live="polite" role="status" className="body">
        {status}
      </div>
      <ul className="review-list">
        {items.map((item) => (
          <li
            key={keyOf(item)}
            className={item.reviewed ? 'review-item' : 'review-item review-item--flagged'}
          >
            <h2 className="heading-s">Answer sent {formatLondonDateTime(item.submittedAt)}</h2>
            <p className="caption">Question: {item.questionTitle ?? item.question}</p>
            <blockquote className="review-item__text">
              <Highlighted text={item.text} evidence={item.evidence} />
            </blockquote>
            {item.reviewed ? (
              <p
                className="body"
                tabIndex={-1}
                // The button is gone; keep keyboard focus where it was instead of the page's top.
                ref={justReviewed === keyOf(item) ? (el) => el?.focus() : undefined}
              >
                <strong className="tag tag--green">Reviewed</strong> Reviewed by{' '}
                {item.reviewed.by ?? 'an officer'} on {formatLondonDate(item.reviewed.at)}
              </p>
            ) : (
              <button type="button" className="button" onClick={() => review(item)}>
                Mark as reviewed
              </button>
            )}
          </li>
        ))}
      </ul>
    </OfficerLayout>
  );
}
