// Adding or changing an action: title, what will be done in plain English, status, whether it may
// be published, and the themes and questions it answers. The server checks the links again.
import { useId, useState } from 'react';
import {
  ACTION_STATUS_WORDS,
  ACTION_STATUSES,
  type ActionBody,
  type ActionStatus,
  type ActionsView,
  type ActionView,
} from '../../../server/action-contracts.ts';
import { addAction, changeAction } from './actions-api.ts';

interface ActionFormProps {
  slug: string;
  view: ActionsView;
  /** The action to change; a new one when absent. */
  action?: ActionView;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

const toggle = (list: string[], value: string, on: boolean) =>
  on ? [...list, value] : list.filter((v) => v !== value);

export function ActionForm({ slug, view, action, onDone, onCancel }: ActionFormProps) {
  const id = useId();
  const [title, setTitle] = useState(action?.title ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'planned');
  const [isPublic, setPublic] = useState(action?.public ?? false);
  const [themes, setThemes] = useState<string[]>(action?.themes ?? []);
  const [questions, setQuestions] = useState<string[]>(action?.questions ?? []);
  const [errors, setErrors] = useState<{ title?: string; description?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found = {
      title: title.trim() ? undefined : 'Enter a title for the action.',
      description: description.trim() ? undefined : 'Say in plain English what will be done.',
    };
    setErrors(found);
    if (found.title || found.description) return;
    const body: ActionBody = { title, description, status, public: isPublic, themes, questions };
    setBusy(true);
    const result = action ? await changeAction(slug, action.id, body) : await addAction(slug, body);
    setBusy(false);
    if (!result.ok) {
      const why =
        result.kind === 'rejected' ? result.message : 'The action could not be saved. Try again.';
      setErrors({ form: why });
      return;
    }
    onDone(
      action
        ? `The action "${result.value.title}" was changed.`
        : `The action "${result.value.title}" was added.`,
    );
  }

  const fieldError = (name: 'title' | 'description') =>
    errors[name] ? (
      <p className="form-error" id={`${id}-${name}-error`}>
        <span className="visually-hidden">Error:</span> {errors[name]}
      </p>
    ) : null;

  return (
    <form className="action-form" onSubmit={submit} noValidate>
      {errors.form ? (
        <div className="error-summary" role="alert">
          <h3 className="heading-s">There is a problem</h3>
          <p className="body">{errors.form}</p>
        </div>
      ) : null}
      <div className={errors.title ? 'form-group form-group--error' : 'form-group'}>
        <label className="form-label" htmlFor={`${id}-title`}>
          Title
        </label>
        {fieldError('title')}
        <input
          id={`${id}-title`}
          className="form-input"
          value={title}
          maxLength={200}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className={errors.description ? 'form-group form-group--error' : 'form-group'}>
        <label className="form-label" htmlFor={`${id}-description`}>
          What will be done
        </label>
        <p className="form-hint" id={`${id}-description-hint`}>
          In plain English, as parents will read it: short sentences, no jargon.
        </p>
        {fieldError('description')}
        <textarea
          id={`${id}-description`}
          className="form-input"
          rows={4}
          value={description}
          maxLength={5000}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={
            errors.description
              ? `${id}-description-hint ${id}-description-error`
              : `${id}-description-hint`
          }
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <fieldset className="action-fieldset">
        <legend>Status</legend>
        {ACTION_STATUSES.map((s) => (
          <div className="action-choice" key={s}>
            <input
              type="radio"
              id={`${id}-status-${s}`}
              name={`${id}-status`}
              checked={status === s}
              onChange={() => setStatus(s)}
            />
            <label htmlFor={`${id}-status-${s}`}>{ACTION_STATUS_WORDS[s]}</label>
          </div>
        ))}
      </fieldset>
      <div className="action-choice form-group">
        <input
          type="checkbox"
          id={`${id}-public`}
          checked={isPublic}
          aria-describedby={`${id}-public-hint`}
          onChange={(e) => setPublic(e.target.checked)}
        />
        <div>
          <label htmlFor={`${id}-public`}>Public: show it in published reports</label>
          <p className="form-hint" id={`${id}-public-hint`}>
            Leave this unticked until the action is agreed.
          </p>
        </div>
      </div>
      <Choices
        legend="Themes it answers"
        name={`${id}-theme`}
        items={view.themes.map((t) => ({ value: t.id, label: t.label }))}
        chosen={themes}
        onChange={(value, on) => setThemes((list) => toggle(list, value, on))}
      />
      <Choices
        legend="Questions it answers"
        name={`${id}-question`}
        items={view.questions.map((q) => ({ value: q.name, label: q.title }))}
        chosen={questions}
        onChange={(value, on) => setQuestions((list) => toggle(list, value, on))}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {action ? 'Save changes' : 'Add action'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

interface ChoicesProps {
  legend: string;
  name: string;
  items: { value: string; label: string }[];
  chosen: string[];
  onChange: (value: string, on: boolean) => void;
}

function Choices({ legend, name, items, chosen, onChange }: ChoicesProps) {
  if (items.length === 0) return null;
  return (
    <fieldset className="action-fieldset">
      <legend>{legend}</legend>
      <div className="action-choices">
        {items.map((item) => (
          <div className="action-choice" key={item.value}>
            <input
              type="checkbox"
              id={`${name}-${item.value}`}
              checked={chosen.includes(item.value)}
              onChange={(e) => onChange(item.value, e.target.checked)}
            />
            <label htmlFor={`${name}-${item.value}`}>{item.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
