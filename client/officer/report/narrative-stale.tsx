import type { NarrativeEdit } from '../../../analysis/report/report-types.ts';
import { fewerThan, formatCount } from '../format.ts';

interface NarrativeStaleProps {
  edit: NarrativeEdit;
  /** How many have answered now, when this report covers the whole survey. */
  answered?: number;
  k: number;
}

/** Says that an officer's text was written before the figures last moved. */
export function NarrativeStale({ edit, answered, k }: NarrativeStaleProps) {
  if (!edit.stale) return null;
  const then = edit.answeredWhenWritten;
  const thenText = typeof then === 'number' ? formatCount(then) : fewerThan(k);
  const now = answered === undefined ? '' : `; now ${formatCount(answered)} have`;
  // The same number answered, yet a figure moved: answers were re-coded or set aside.
  const sameCount = typeof then === 'number' && then === answered;
  const why =
    then === undefined || sameCount
      ? 'The figures have changed since this text was written (answers re-coded, added or set aside).'
      : `This text was written when ${thenText} people had answered${now}.`;
  return (
    <div className="warning-text">
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <p className="warning-text__text">
        <span className="visually-hidden">Warning: </span>
        {why} Check it still holds.
      </p>
    </div>
  );
}
