// An action's life after it is written ("You said, we did"): the figure that prompted it, dated
// updates, its easy-read wording (checked for plain English) and a forum member's sign-off.
import { useId, useState } from 'react';
import {
  ACTION_STATUS_WORDS,
  ACTION_STATUSES,
  type ActionStatus,
  type ActionView,
} from '../../../server/action-contracts.ts';
import type { ActionHistoryView } from '../../../server/action-history-contracts.ts';
import type { OfficerUser } from '../officer-api.ts';
import { ActionTranslationForm } from './action-translation-form.tsx';
import { addUpdate, fetchHistory, saveText, signOff } from './actions-api.ts';

interface PanelProps {
  slug: string;
  action: ActionView;
  user: OfficerUser;
  canEdit: boolean;
}

const whole = (percent: number) => Math.round(percent);

export function ActionHistoryPanel({ slug, action, user, canEdit }: PanelProps) {
  const id = useId();
  const [history, setHistory] = useState<ActionHistoryView>();
  const [message, setMessage] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<ActionStatus | ''>('');
  const easy = history?.texts.find((t) => t.locale === 'en-easy');
  const [easyTitle, setEasyTitle] = useState('');
  const [easyDescription, setEasyDescription] = useState('');
  const [warnings, setWarnings] = useState<string[]>([]);

  async function load() {
    const result = await fetchHistory(slug, action.id);
    if (!result.ok) return setMessage('The history could not be loaded. Try again.');
    setHistory(result.value);
    const text = result.value.texts.find((t) => t.locale === 'en-easy');
    setEasyTitle(text?.title ?? '');
    setEasyDescription(text?.description ?? '');
  }

  async function sendUpdate(event: React.FormEvent) {
    event.preventDefault();
    const result = await addUpdate(slug, action.id, {
      note,
      ...(status ? { status } : {}),
    });
    if (!result.ok) {
      return setMessage(result.kind === 'rejected' ? result.message : 'The update was not saved.');
    }
    setHistory(result.value);
    setNote('');
    setStatus('');
    setMessage('The update was added.');
  }

  async function sendEasyRead(event: React.FormEvent) {
    event.preventDefault();
    const body = { title: easyTitle, description: easyDescription };
    const result = await saveText(slug, action.id, 'en-easy', body);
    if (!result.ok) {
      return setMessage(
        result.kind === 'rejected' ? result.message : 'The easy read was not saved.',
      );
    }
    setWarnings(result.value.checks.map((c) => c.message));
    setMessage('The easy read was saved.');
    await load();
  }

  async function approve() {
    const result = await signOff(slug, action.id);
    if (!result.ok) {
      return setMessage(
        result.kind === 'rejected' ? result.message : 'The sign-off was not saved.',
      );
    }
    setHistory(result.value);
    setMessage('You signed off this wording.');
  }

  const prompted = history?.figures.prompted;
  const latest = history?.figures.latest;
  return (
    <details
      className="action-history"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open && !history) void load();
      }}
    >
      <summary>
        Updates, easy read and sign-off<span className="visually-hidden"> for {action.title}</span>
      </summary>
      <div role="status" className="body">
        {message}
      </div>
      {history ? (
        <>
          {prompted ? (
            <p className="body">
              You said: {whole(prompted.percent)}% of the {prompted.answered} who {prompted.wording}
              .{latest ? ` ${whole(prompted.percent)}% then, ${whole(latest.percent)}% now.` : ''}
            </p>
          ) : (
            <p className="body">No figure is linked: link a theme or a question to show one.</p>
          )}
          <p className="body">
            {history.signOff.current
              ? `Signed off by ${history.signOff.current.by} on ${history.signOff.current.on}.`
              : history.signOff.required
                ? 'Not signed off: a forum member must sign off this wording before it is public.'
                : 'Sign-off by the forum is not needed.'}
          </p>
          {user.forumMember && !history.signOff.current ? (
            <button type="button" className="button button--secondary" onClick={approve}>
              Sign off this wording
            </button>
          ) : null}
          <h4 className="heading-s">Updates</h4>
          <ul className="list">
            {history.updates.map((u) => (
              <li key={u.id}>
                {u.writtenOn}: {u.status ? `${ACTION_STATUS_WORDS[u.status]}. ` : ''}
                {u.note}
              </li>
            ))}
          </ul>
          {canEdit ? (
            <form onSubmit={sendUpdate} noValidate>
              <div className="form-group">
                <label className="form-label" htmlFor={`${id}-note`}>
                  What has happened
                </label>
                <textarea
                  id={`${id}-note`}
                  className="form-input"
                  rows={3}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`${id}-status`}>
                  New status (optional)
                </label>
                <select
                  id={`${id}-status`}
                  className="form-input"
                  value={status}
                  onChange={(e) => setStatus(e.target.value as ActionStatus | '')}
                >
                  <option value="">No change</option>
                  {ACTION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {ACTION_STATUS_WORDS[s]}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button">
                Add update
              </button>
            </form>
          ) : null}
          {canEdit ? (
            <form onSubmit={sendEasyRead} noValidate>
              <h4 className="heading-s">Easy read</h4>
              <div className="form-group">
                <label className="form-label" htmlFor={`${id}-easy-title`}>
                  Easy-read title
                </label>
                <input
                  id={`${id}-easy-title`}
                  className="form-input"
                  value={easyTitle}
                  onChange={(e) => setEasyTitle(e.target.value)}
                />
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`${id}-easy-description`}>
                  Easy-read description
                </label>
                <textarea
                  id={`${id}-easy-description`}
                  className="form-input"
                  rows={3}
                  value={easyDescription}
                  onChange={(e) => setEasyDescription(e.target.value)}
                />
              </div>
              {warnings.length > 0 ? (
                <ul className="list" aria-label="Plain English advice">
                  {warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              ) : null}
              <button type="submit" className="button button--secondary">
                {easy ? 'Save easy read' : 'Add easy read'}
              </button>
            </form>
          ) : null}
          {canEdit ? (
            <ActionTranslationForm
              slug={slug}
              actionId={action.id}
              history={history}
              onSaved={(text) => {
                setMessage(text);
                void load();
              }}
            />
          ) : null}
        </>
      ) : null}
    </details>
  );
}
