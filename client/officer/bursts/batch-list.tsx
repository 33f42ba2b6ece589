// Every batch set aside, with who, when and why, and a way to put one back. Undone batches stay
// listed: the record of a decision is kept.
import { useId, useState } from 'react';
import type { SetAsideBatchView } from '../../../server/set-aside-contracts.ts';
import { formatLondonDateTime } from '../../lib/london-date.ts';
import { plural } from '../format.ts';
import { undoSetAside } from './bursts-api.ts';
import { hoursInWords } from './hour-words.ts';

interface BatchProps {
  slug: string;
  batch: SetAsideBatchView;
  onChanged: (message: string) => void;
}

function UndoForm({ slug, batch, onChanged }: BatchProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await undoSetAside(slug, batch.id, reason);
    setBusy(false);
    if (!result.ok) {
      setError(
        result.kind === 'rejected' ? result.message : 'This could not be undone. Try again.',
      );
      return;
    }
    onChanged(
      `${plural(batch.responses, 'response was', 'responses were')} put back. Reports count them again.`,
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="form-label" htmlFor={`${id}-reason`}>
          Why are you putting them back? (optional)
        </label>
        {error ? (
          <p className="form-error" id={`${id}-error`}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <textarea
          id={`${id}-reason`}
          className="form-textarea"
          rows={2}
          value={reason}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--secondary" disabled={busy}>
        Put these responses back
      </button>
    </form>
  );
}

export function BatchList({
  slug,
  batches,
  onChanged,
}: {
  slug: string;
  batches: SetAsideBatchView[];
  onChanged: (message: string) => void;
}) {
  return (
    <section aria-labelledby="batches">
      <h2 className="heading-l" id="batches">
        Set aside
      </h2>
      {batches.length === 0 ? (
        <p className="body">Nothing has been set aside from this survey.</p>
      ) : (
        <ul className="review-list">
          {batches.map((batch) => (
            <li key={batch.id} className="review-item">
              <h3 className="heading-s">
                {plural(batch.responses, 'response', 'responses')}, set aside by {batch.setBy} on{' '}
                {formatLondonDateTime(batch.setAt)}
                {batch.undoneAt ? (
                  <strong className="tag tag--grey bursts-tag">Put back</strong>
                ) : null}
              </h3>
              <p className="body">Reason: {batch.reason}</p>
              {batch.fromHour && batch.toHour ? (
                <p className="body-s">
                  Only those sent {hoursInWords(batch.fromHour, batch.toHour)}.
                </p>
              ) : null}
              {batch.undoneAt ? (
                <p className="body">
                  Put back by {batch.undoneBy} on {formatLondonDateTime(batch.undoneAt)}
                  {batch.undoReason ? `: ${batch.undoReason}` : '.'}
                </p>
              ) : (
                <details className="bursts-details">
                  <summary className="body">
                    Put these responses back
                    <span className="visually-hidden">
                      {' '}
                      (set aside on {formatLondonDateTime(batch.setAt)})
                    </span>
                  </summary>
                  <UndoForm slug={slug} batch={batch} onChanged={onChanged} />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
