// /officer/surveys/<slug>/publication: choose the questions of a closed survey to publish on the
// public results page, see its link, publish again, or take it down. The page is a snapshot: new
// answers reach it only when an officer publishes again.
import './publication.css';
import { useRef, useState } from 'react';
import type { PublicationsView } from '../../../server/publication-contracts.ts';
import { type Account, OfficerLayout } from '../officer-layout.tsx';
import { LoadProblem } from '../pages/load-problem.tsx';
import { ReviewHeading, ReviewLoading } from '../review/review-frame.tsx';
import { useLoad } from '../use-load.ts';
import { fetchPublication, unpublish } from './publication-api.ts';
import { PublicationForm } from './publication-form.tsx';
import { PublicationHistory } from './publication-history.tsx';
import { longDay, refusalText } from './publication-words.ts';

const HEADING = 'Publish results';

export function PublicationPage({ account, slug }: { account: Account; slug: string }) {
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const loaded = useLoad(() => fetchPublication(slug), `${slug}#${revision}`);
  const last = useRef<PublicationsView>(undefined);
  if (loaded.kind === 'ok') last.current = loaded.value;

  if (loaded.kind === 'loading' && revision === 0) {
    return <ReviewLoading account={account} heading={HEADING} what="the published results" />;
  }
  if (loaded.kind !== 'loading' && !loaded.ok) {
    return <LoadProblem failure={loaded} account={account} />;
  }
  const view = last.current;

  function changed(message: string) {
    setProblem('');
    setStatus(message);
    setRevision((r) => r + 1);
    statusRef.current?.focus();
  }

  async function takeDown() {
    if (!view) return;
    const result = await unpublish(slug);
    if (!result.ok) {
      setStatus('');
      setProblem(refusalText(result, view.k));
      return;
    }
    changed('The results were taken down. The public page now says the page was not found.');
  }

  const link = view && `${window.location.origin}${view.resultsPath}`;
  return (
    <OfficerLayout title={HEADING} account={account}>
      <ReviewHeading slug={slug} title={view?.survey.title ?? ''} heading={HEADING} />
      <p className="body">
        Choose the questions whose results everyone may see. The public page shows them as the
        report does: every answer on the scale, figures about fewer than {view?.k ?? 'k'} people
        hidden, names removed and only quotes an officer approved.
      </p>
      <p className="body">
        The page does not change by itself. New answers, withdrawn answers and changes to themes
        appear only when you publish again.
      </p>
      <div aria-live="polite" role="status" className="body" tabIndex={-1} ref={statusRef}>
        {status}
      </div>
      {problem ? (
        <div className="error-summary" role="alert">
          <h2 className="heading-s">There is a problem</h2>
          <p className="body">{problem}</p>
        </div>
      ) : null}
      {view && link ? (
        <>
          <h2 className="heading-m">Published now</h2>
          {view.current ? (
            <>
              <p className="body">
                Published on {longDay(view.current.publishedOn)}, counting{' '}
                {view.current.responses.toLocaleString('en-GB')} responses. Public link:{' '}
                <a className="publication-link" href={view.resultsPath}>
                  {link}
                </a>
              </p>
              <button type="button" className="button button--warning" onClick={takeDown}>
                Take the results down
              </button>
            </>
          ) : (
            <p className="body">Nothing is published for this survey.</p>
          )}
          {/* Drawn again once the publication it starts from has loaded, ticked as it was. */}
          <PublicationForm
            key={`${revision}:${view.history[0]?.number ?? 0}:${view.current ? 'on' : 'off'}`}
            slug={slug}
            view={view}
            onDone={changed}
          />
          <PublicationHistory history={view.history} />
        </>
      ) : (
        <p className="body">Loading…</p>
      )}
    </OfficerLayout>
  );
}
