import { formatLondonDateTime } from '../lib/london-date.ts';
import { formatCount, plural } from './format.ts';
import type { TaggingStatus } from './officer-api.ts';

/** Themes in reports are only as current as the tagging queue, so officers see how far behind it is. */
export function TaggingStatusPanel({ status }: { status: TaggingStatus }) {
  const running = status.runs.filter((run) => run.remaining > 0);
  return (
    <section className="inset" aria-labelledby="tagging-heading">
      <h2 className="heading-s" id="tagging-heading">
        Tagging answers with themes
      </h2>
      <p className="body">
        {status.backlog === 0
          ? 'No answers are waiting to be tagged.'
          : `${plural(status.backlog, 'answer', 'answers')} waiting to be tagged.`}
        {status.backlog > 0 && status.oldestQueuedAt && (
          <> The oldest has waited since {formatLondonDateTime(status.oldestQueuedAt)}.</>
        )}
      </p>
      {status.failed > 0 && (
        <p className="body">
          {plural(status.failed, 'answer', 'answers')} could not be tagged. Their themes are missing
          from reports until they are tagged again.
        </p>
      )}
      {running.length > 0 && (
        <ul className="list">
          {running.map((run) => (
            <li key={run.id}>
              Re-tagging ({run.reason}): {formatCount(run.total - run.remaining)} of{' '}
              {formatCount(run.total)} answers done.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
