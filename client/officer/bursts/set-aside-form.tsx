// Setting one group of identical answers aside, optionally only in some hours, with a reason that
// is kept and audited. Nothing is deleted; the group can be put back.
import { useId, useState } from 'react';
import type { AnswerClusterView } from '../../../server/set-aside-contracts.ts';
import { plural } from '../format.ts';
import { setAside } from './bursts-api.ts';
import { hourInWords } from './hour-words.ts';

interface SetAsideFormProps {
  slug: string;
  cluster: AnswerClusterView;
  onDone: (message: string) => void;
}

export function SetAsideForm({ slug, cluster, onDone }: SetAsideFormProps) {
  const id = useId();
  const hours = cluster.hours;
  const [from, setFrom] = useState(hours[0]?.hour ?? '');
  const [to, setTo] = useState(hours.at(-1)?.hour ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const chosen = hours.filter((h) => h.hour >= from && h.hour <= to);
  const count = chosen.reduce((n, h) => n + h.responses, 0);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (reason.trim().length < 5) {
      setError('Say why you are setting these responses aside, in a few words.');
      return;
    }
    if (from > to) {
      setError('The first hour must not be after the last hour.');
      return;
    }
    setError(undefined);
    setBusy(true);
    const every = from === hours[0]?.hour && to === hours.at(-1)?.hour;
    const result = await setAside(slug, {
      clusterId: cluster.id,
      reason: reason.trim(),
      ...(every ? {} : { fromHour: from, toHour: to }),
    });
    setBusy(false);
    if (!result.ok) {
      setError(
        result.kind === 'rejected'
          ? result.message
          : 'The responses could not be set aside. Try again.',
      );
      return;
    }
    onDone(
      `${plural(result.value.responses, 'response was', 'responses were')} set aside. Reports no longer count them.`,
    );
  }

  const hourOptions = hours.map((h) => (
    <option key={h.hour} value={h.hour}>
      {hourInWords(h.hour)} ({plural(h.responses, 'response', 'responses')})
    </option>
  ));
  return (
    <form onSubmit={submit} noValidate>
      {hours.length > 1 ? (
        <>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-from`}>
              From the hour
            </label>
            <select
              id={`${id}-from`}
              className="form-select"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            >
              {hourOptions}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={`${id}-to`}>
              Until the hour
            </label>
            <select
              id={`${id}-to`}
              className="form-select"
              value={to}
              onChange={(e) => setTo(e.target.value)}
            >
              {hourOptions}
            </select>
          </div>
        </>
      ) : null}
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <label className="form-label" htmlFor={`${id}-reason`}>
          Why are you setting these responses aside?
        </label>
        <p className="form-hint" id={`${id}-hint`}>
          This is kept with the batch and in the audit log, so others can check the decision.
        </p>
        {error ? (
          <p className="form-error" id={`${id}-error`}>
            <span className="visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <textarea
          id={`${id}-reason`}
          className="form-textarea"
          rows={3}
          value={reason}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <p className="body">
        In the hours chosen: {plural(count, 'response', 'responses')}
        {cluster.setAside > 0 ? ', counting those already set aside' : ''}.
      </p>
      <button type="submit" className="button button--warning" disabled={busy}>
        Set these responses aside
      </button>
    </form>
  );
}
