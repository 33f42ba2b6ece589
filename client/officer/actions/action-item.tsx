// One action as officers see it, with changing and deleting for those who may.
import { useEffect, useRef, useState } from 'react';
import {
  ACTION_STATUS_WORDS,
  type ActionsView,
  type ActionView,
} from '../../../server/action-contracts.ts';
import type { OfficerUser } from '../officer-api.ts';
import { ActionForm } from './action-form.tsx';
import { ActionHistoryPanel } from './action-history-panel.tsx';
import { deleteAction } from './actions-api.ts';

interface ActionItemProps {
  slug: string;
  view: ActionsView;
  action: ActionView;
  onChanged: (message: string) => void;
  user: OfficerUser;
}

const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const dayWords = (day: string) => DAY.format(new Date(`${day}T00:00:00Z`));

export function ActionItem({ slug, view, action, onChanged, user }: ActionItemProps) {
  const [mode, setMode] = useState<'show' | 'edit' | 'delete'>('show');
  const [error, setError] = useState<string>();
  const confirmRef = useRef<HTMLParagraphElement>(null);
  // The Delete button is gone once asked: the question takes focus so keyboard users stay put.
  useEffect(() => {
    if (mode === 'delete') confirmRef.current?.focus();
  }, [mode]);
  const themeLabel = new Map(view.themes.map((t) => [t.id, t.label]));
  const questionTitle = new Map(view.questions.map((q) => [q.name, q.title]));

  async function remove() {
    const result = await deleteAction(slug, action.id);
    if (!result.ok) {
      setError('The action could not be deleted. Try again.');
      return;
    }
    onChanged(`The action "${action.title}" was deleted.`);
  }

  return (
    <li className="action-item">
      <h3 className="heading-s">{action.title}</h3>
      {mode === 'edit' ? (
        <ActionForm
          slug={slug}
          view={view}
          action={action}
          onDone={onChanged}
          onCancel={() => setMode('show')}
        />
      ) : (
        <>
          <p className="body">
            <strong className={action.status === 'done' ? 'tag tag--green' : 'tag'}>
              {ACTION_STATUS_WORDS[action.status]}
            </strong>{' '}
            <strong className={action.public ? 'tag tag--green' : 'tag tag--grey'}>
              {action.public ? 'Public' : 'Not public'}
            </strong>
          </p>
          <p className="body">{action.description}</p>
          {action.themes.length > 0 ? (
            <p className="body">
              Themes: {action.themes.map((t) => themeLabel.get(t) ?? t).join(', ')}
            </p>
          ) : null}
          {action.questions.length > 0 ? (
            <p className="body">
              Questions: {action.questions.map((q) => questionTitle.get(q) ?? q).join(', ')}
            </p>
          ) : null}
          <p className="body caption">
            Added {dayWords(action.createdOn)}, last changed {dayWords(action.updatedOn)}.
          </p>
          <ActionHistoryPanel slug={slug} action={action} user={user} canEdit={view.canEdit} />
          {error ? (
            <p className="form-error" role="alert">
              <span className="visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          {view.canEdit && mode === 'show' ? (
            <div className="button-group">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setMode('edit')}
              >
                Change<span className="visually-hidden"> {action.title}</span>
              </button>
              <button
                type="button"
                className="button button--warning"
                onClick={() => setMode('delete')}
              >
                Delete<span className="visually-hidden"> {action.title}</span>
              </button>
            </div>
          ) : null}
          {mode === 'delete' ? (
            <div>
              <p className="body" tabIndex={-1} ref={confirmRef}>
                Delete this action? This cannot be undone.
              </p>
              <div className="button-group">
                <button type="button" className="button button--warning" onClick={remove}>
                  Yes, delete it
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setMode('show')}
                >
                  No, keep it
                </button>
              </div>
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
