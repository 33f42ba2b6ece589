// /officer/surveys/<slug>/actions: "What we will do". Officers and admins add, change and delete
// the actions; only those marked public appear in the report's files.
import './actions.css';
import { useRef, useState } from 'react';
import type { ActionsView } from '../../../server/action-contracts.ts';
import type { Account } from '../officer-layout.tsx';
import { OfficerLayout } from '../officer-layout.tsx';
import { LoadProblem } from '../pages/load-problem.tsx';
import { ReviewHeading, ReviewLoading } from '../review/review-frame.tsx';
import { useLoad } from '../use-load.ts';
import { ActionForm } from './action-form.tsx';
import { ActionItem } from './action-item.tsx';
import { fetchActions } from './actions-api.ts';

const HEADING = 'What we will do';

export function ActionsPage({ account, slug }: { account: Account; slug: string }) {
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const loaded = useLoad(() => fetchActions(slug), `${slug}#${revision}`);
  const last = useRef<ActionsView>(undefined);
  if (loaded.kind === 'ok') last.current = loaded.value;

  if (loaded.kind === 'loading' && revision === 0) {
    return <ReviewLoading account={account} heading={HEADING} what="the actions" />;
  }
  if (loaded.kind !== 'loading' && !loaded.ok) {
    return <LoadProblem failure={loaded} account={account} />;
  }
  const view = last.current;

  function changed(message: string) {
    setStatus(message);
    setRevision((r) => r + 1);
    statusRef.current?.focus();
  }

  return (
    <OfficerLayout title={HEADING} account={account}>
      <ReviewHeading slug={slug} title={view?.survey.title ?? ''} heading={HEADING} />
      <p className="body">
        Tell families what the council will do about what they said. Link each action to the themes
        and questions it answers. Only actions marked public appear in the report's files.
      </p>
      <div aria-live="polite" role="status" className="body" tabIndex={-1} ref={statusRef}>
        {status}
      </div>
      {view ? (
        <>
          <h2 className="heading-m">Actions</h2>
          {view.actions.length === 0 ? (
            <p className="body">There are no actions for this survey yet.</p>
          ) : (
            <ul className="list" aria-label="Actions">
              {view.actions.map((a) => (
                <ActionItem
                  key={`${a.id}#${revision}`}
                  slug={slug}
                  view={view}
                  action={a}
                  onChanged={changed}
                  user={account.user}
                />
              ))}
            </ul>
          )}
          {view.canEdit ? (
            <section aria-labelledby="add-action-heading">
              <h2 className="heading-m" id="add-action-heading">
                Add an action
              </h2>
              <ActionForm key={revision} slug={slug} view={view} onDone={changed} />
            </section>
          ) : null}
        </>
      ) : (
        <p className="body">Loading…</p>
      )}
    </OfficerLayout>
  );
}
