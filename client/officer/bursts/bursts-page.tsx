// /officer/surveys/<slug>/bursts: when responses arrived, groups of identical answers, and setting
// a suspected batch of junk aside from reports (audited, never deleted, and undoable).
import './bursts.css';
import '../review/review.css';
import { useRef, useState } from 'react';
import type { BurstsView } from '../../../server/set-aside-contracts.ts';
import { formatCount, plural } from '../format.ts';
import type { Account } from '../officer-layout.tsx';
import { OfficerLayout } from '../officer-layout.tsx';
import { LoadProblem } from '../pages/load-problem.tsx';
import { ReviewHeading, ReviewLoading } from '../review/review-frame.tsx';
import { useLoad } from '../use-load.ts';
import { BatchList } from './batch-list.tsx';
import { fetchBursts } from './bursts-api.ts';
import { BusyHours } from './busy-hours.tsx';
import { ClusterList } from './cluster-list.tsx';

const HEADING = 'Bursts and identical answers';

export function BurstsPage({ account, slug }: { account: Account; slug: string }) {
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const loaded = useLoad(() => fetchBursts(slug), `${slug}#${revision}`);
  // While a change reloads the page's figures, the previous ones stay on screen.
  const last = useRef<BurstsView>(undefined);
  if (loaded.kind === 'ok') last.current = loaded.value;

  if (loaded.kind === 'loading' && revision === 0) {
    return <ReviewLoading account={account} heading={HEADING} what="when responses arrived" />;
  }
  if (loaded.kind !== 'loading' && !loaded.ok) {
    return <LoadProblem failure={loaded} account={account} />;
  }
  const view = last.current;

  function changed(message: string) {
    setStatus(message);
    setRevision((r) => r + 1);
    // The form that was used is gone once the page reloads; the message is where focus goes.
    statusRef.current?.focus();
  }

  return (
    <OfficerLayout title={HEADING} account={account}>
      <ReviewHeading slug={slug} title={view?.title ?? ''} heading={HEADING} />
      <p className="body">
        A batch of made-up responses can distort a report. Here you can see when responses arrived
        and which responses gave exactly the same answers. If you judge that a group is not from
        real parents, set it aside: reports, files and trends stop counting it, nothing is deleted,
        and you can put it back.
      </p>
      <div aria-live="polite" role="status" className="body" tabIndex={-1} ref={statusRef}>
        {status}
      </div>
      {view ? (
        <>
          <p className="body-l">
            {plural(view.totalResponses, 'response', 'responses')}
            {view.setAside > 0 ? `, of which ${formatCount(view.setAside)} set aside` : ''}.
          </p>
          <BusyHours view={view} />
          <ClusterList slug={slug} view={view} onChanged={changed} />
          <BatchList slug={slug} batches={view.batches} onChanged={changed} />
        </>
      ) : (
        <p className="body">Loading…</p>
      )}
    </OfficerLayout>
  );
}
