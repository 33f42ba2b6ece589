import type { NarrativeEdit } from '../../../analysis/report/report-types.ts';
import { fewerThan, formatCount } from '../format.ts';

interface NarrativeStaleProps {
  edit: NarrativeEdit;
  /** How many have answered now, when this report covers the whole survey. */
  answered?: number;
  k: number;
}

/** Says that an officer's text was written before the latest answers came in. */
export function NarrativeStale({ edit, answered, k }: NarrativeStaleProps) {
  if (!edit.stale) return null;
  const then = edit.answeredWhenWritten;
  const thenText = typeof then === 'number' ? formatCount(then) : fewerThan(k);
  const now = answered === undefined ? '' : `; now ${formatCount(answered)} have`;
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <p className="warning-text__text">
        <span className="visually-hidden">Warning: </span>
        This text was written when {thenText} people had answered{now}. Check it still holds.
      </p>
    </div>
  );
}
