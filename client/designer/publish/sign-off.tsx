import { useState } from 'react';
import type { Approval } from '../../../server/designer-contracts.ts';
import { formatLondonDateTime } from '../../lib/london-date.ts';
import { AskForSignOff } from './ask-for-sign-off.tsx';
import { type Explanation, explainFailure } from './explain-failure.ts';
import { ProblemBox } from './problem-box.tsx';
import { approveDraft, changeSurveySettings, type Result } from './publish-api.ts';

const ROLE_NAMES: Record<Approval['role'], string> = {
  officer: 'as an officer',
  forum: 'as a parent carer forum member',
};
const NEEDED: Record<Approval['role'], string> = {
  officer: 'an officer',
  forum: 'a parent carer forum member',
};

interface SignOffProps {
  slug: string;
  revision: number | undefined;
  requiresApproval: boolean;
  approvals: Approval[];
  approvalsNeeded: Approval['role'][];
  /** False for officers: they approve, but do not decide whether sign-off is needed. */
  canChange: boolean;
  /** Only admins may turn sign-off off once it is on. */
  canWaive: boolean;
  /** Officers and forum members approve; nobody else sees the button. */
  canApprove: boolean;
  /** Designers and admins ask named colleagues to sign off. */
  canAsk: boolean;
  onStart: () => void;
  /** Called with a sentence saying what changed. */
  onChanged: (notice: string) => void;
}

/** Co-production: an officer and a forum member both approve this exact revision of the draft. */
export function SignOff(props: SignOffProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation>();
  // Shown at once when ticked, and put back if the server refuses.
  const [chosen, setChosen] = useState<boolean>();
  // The server lists only the approvals of the current revision: an edit clears them.
  const current = props.approvals;
  const ticked = chosen ?? props.requiresApproval;
  const locked = ticked && props.requiresApproval && !props.canWaive;

  async function run(action: () => Promise<Result<unknown>>, doing: string, after: string) {
    setBusy(true);
    setProblem(undefined);
    props.onStart();
    const result = await action();
    setBusy(false);
    if (!result.ok) {
      setChosen(undefined);
      return setProblem(explainFailure(result, doing));
    }
    props.onChanged(after);
  }

  return (
    <section className="designer-section" aria-labelledby="sign-off-heading">
      <h3 className="heading-m" id="sign-off-heading">
        Sign-off
      </h3>
      {props.canChange ? (
        <div className="form-group checkbox">
          <input
            className="checkbox__input"
            type="checkbox"
            id="requires-approval"
            checked={ticked}
            disabled={busy || locked}
            aria-describedby="requires-approval-hint"
            onChange={(e) => {
              const requiresApproval = e.currentTarget.checked;
              setChosen(requiresApproval);
              run(
                () => changeSurveySettings(props.slug, { requiresApproval }),
                'change the sign-off setting',
                requiresApproval
                  ? 'Publishing now needs sign-off.'
                  : 'Publishing no longer needs sign-off.',
              );
            }}
          />
          <label className="checkbox__label" htmlFor="requires-approval">
            Needs sign-off by an officer and a forum member before publishing
          </label>
          <p className="form-hint" id="requires-approval-hint">
            Co-production: the survey is only published once both have approved the same draft.
            {locked &&
              ' Only an admin can turn this off, so that nobody publishes alone what the team agreed to sign off together.'}
          </p>
        </div>
      ) : (
        <p className="body">
          {props.requiresApproval
            ? 'This survey needs sign-off by an officer and a forum member before publishing.'
            : 'This survey can be published without sign-off.'}
        </p>
      )}
      {current.length === 0 ? (
        <p className="body">Nobody has approved this draft yet.</p>
      ) : (
        <ul className="list approval-list" aria-label="Approvals of this draft">
          {current.map((a) => (
            <li key={`${a.email}-${a.role}`}>
              Approved by {a.email} {ROLE_NAMES[a.role]} on {formatLondonDateTime(a.at)}
            </li>
          ))}
        </ul>
      )}
      {props.requiresApproval && props.approvalsNeeded.length > 0 && (
        <p className="body">
          Still needed: approval by {props.approvalsNeeded.map((r) => NEEDED[r]).join(' and ')}.
        </p>
      )}
      <p className="inset">
        Any change to the draft clears its approvals, so everyone signs off exactly what parents
        will see.
      </p>
      {props.canAsk && (
        <AskForSignOff slug={props.slug} onStart={props.onStart} onAsked={props.onChanged} />
      )}
      {problem && <ProblemBox problem={problem} />}
      {props.canApprove ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || props.revision === undefined}
          onClick={() =>
            run(() => approveDraft(props.slug), 'approve this draft', 'You approved this draft.')
          }
        >
          Approve this draft
        </button>
      ) : (
        <p className="body">An officer or a parent carer forum member approves the draft.</p>
      )}
    </section>
  );
}
