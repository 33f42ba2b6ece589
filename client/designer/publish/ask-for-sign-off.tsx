// A designer names the colleagues who should sign off the draft; each sees the request on signing
// in, with a link back to this tab.
import { useId, useRef, useState } from 'react';
import { z } from 'zod';
import {
  type Approver,
  approverSchema,
  signOffRequestSchema,
} from '../../../server/sign-off-contracts.ts';
import { formatLondonDate } from '../../lib/london-date.ts';
import { call } from '../../officer/officer-api.ts';
import { useLoad } from '../../officer/use-load.ts';
import { explainFailure } from './explain-failure.ts';
import { ProblemBox } from './problem-box.tsx';
import { surveyPath } from './publish-api.ts';

const CAPACITY: Record<Approver['capacity'], string> = {
  officer: 'officer',
  forum: 'parent carer forum member',
};

const fetchApprovers = () =>
  call('/api/sign-off/approvers', (b) => z.array(approverSchema).safeParse(b).data);
const requestsParse = (b: unknown) => z.array(signOffRequestSchema).safeParse(b).data;
const fetchRequests = (slug: string) => call(surveyPath(slug, '/sign-off-requests'), requestsParse);
const askFor = (slug: string, userIds: string[]) =>
  call(surveyPath(slug, '/sign-off-requests'), requestsParse, {
    method: 'POST',
    body: JSON.stringify({ userIds }),
  });

interface AskProps {
  slug: string;
  onStart: () => void;
  onAsked: (notice: string) => void;
}

export function AskForSignOff({ slug, onStart, onAsked }: AskProps) {
  const approvers = useLoad(fetchApprovers, 'approvers');
  const [asked, setAsked] = useState(0);
  const requests = useLoad(() => fetchRequests(slug), `${slug}-${asked}`);
  const [chosen, setChosen] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<ReturnType<typeof explainFailure>>();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const id = useId();

  if (approvers.kind === 'loading' || !approvers.ok) return null;
  if (approvers.value.length === 0) {
    return <p className="body">Nobody who can approve drafts has an account yet.</p>;
  }

  async function ask() {
    if (chosen.length === 0) {
      setMissing(true);
      first.current?.focus();
      return;
    }
    setMissing(false);
    setProblem(undefined);
    setBusy(true);
    onStart();
    const result = await askFor(slug, chosen);
    setBusy(false);
    if (!result.ok) return setProblem(explainFailure(result, 'ask for sign-off'));
    const names = approvers.kind === 'ok' ? approvers.value : [];
    const emails = chosen.map((c) => names.find((a) => a.id === c)?.email ?? c);
    setChosen([]);
    setAsked((n) => n + 1);
    onAsked(`You asked ${emails.join(' and ')} to sign off this draft.`);
  }

  const toggle = (userId: string, on: boolean) =>
    setChosen((list) => (on ? [...list, userId] : list.filter((x) => x !== userId)));

  return (
    <div className="ask-sign-off">
      <fieldset
        className={`fieldset form-group${missing ? ' form-group--error' : ''}`}
        aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`}
      >
        <legend className="form-label">Ask colleagues to sign off this draft</legend>
        <p className="form-hint" id={`${id}-hint`}>
          They see your request when they sign in, with a link to this draft and its checks.
        </p>
        {missing && (
          <p className="form-error" id={`${id}-error`}>
            Choose at least one person to ask.
          </p>
        )}
        {approvers.value.map((a, i) => (
          <div className="designer-check" key={a.id}>
            <input
              type="checkbox"
              id={`${id}-${a.id}`}
              ref={i === 0 ? first : undefined}
              checked={chosen.includes(a.id)}
              onChange={(e) => toggle(a.id, e.currentTarget.checked)}
            />
            <label htmlFor={`${id}-${a.id}`}>
              {a.email} ({CAPACITY[a.capacity]})
            </label>
          </div>
        ))}
      </fieldset>
      {problem && <ProblemBox problem={problem} />}
      <button type="button" className="button button--secondary" disabled={busy} onClick={ask}>
        Ask for sign-off
      </button>
      {requests.kind !== 'loading' && requests.ok && requests.value.length > 0 && (
        <ul className="list" aria-label="Colleagues asked to sign off">
          {requests.value.map((r) => (
            <li key={r.email}>
              {r.email}: asked by {r.askedBy} on {formatLondonDate(r.askedAt)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
