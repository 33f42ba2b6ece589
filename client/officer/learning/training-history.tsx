import type { TrainingRun } from '../../../server/training-contracts.ts';
import { formatLondonDateTime } from '../../lib/london-date.ts';

function outcome(run: TrainingRun): string {
  const decided = run.decidedAt
    ? ` by ${run.decidedBy} on ${formatLondonDateTime(run.decidedAt)}`
    : '';
  switch (run.status) {
    case 'installed':
      return `Put in use${decided}`;
    case 'discarded':
      return `Discarded${decided}`;
    case 'failed':
      return run.failure ?? 'Failed';
    case 'ready':
      return 'Waiting for a decision';
    default:
      return 'Training';
  }
}

/** Earlier runs, newest first: what was decided, by whom. */
export function TrainingHistory({ runs }: { runs: TrainingRun[] }) {
  if (runs.length === 0) return null;
  return (
    <>
      <h2 className="heading-l">Earlier training</h2>
      <ul className="list">
        {runs.map((run) => (
          <li key={run.id} className="body">
            {formatLondonDateTime(run.requestedAt)}, asked for by {run.requestedBy}
            {run.coded !== null ? ` (${run.coded} coded answers)` : ''}: {outcome(run)}.
          </li>
        ))}
      </ul>
    </>
  );
}
