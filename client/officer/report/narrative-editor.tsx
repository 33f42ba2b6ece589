import { type ReactNode, useId, useRef, useState } from 'react';
import type { NarrativeEdit } from '../../../analysis/report/report-types.ts';
import { resetNarrative, saveNarrative } from '../entries-api.ts';
import { fetchReport, type ReportQuery, type Result } from '../officer-api.ts';
import { NarrativeStale } from './narrative-stale.tsx';

interface NarrativeEditorProps {
  slug: string;
  question: string;
  title: string;
  narrative: string;
  /** Set when an officer wrote the text: whether the figures moved since. */
  edit?: NarrativeEdit;
  /** How many have answered now (whole survey), to say beside a text that may be out of date. */
  answered?: number;
  k: number;
  /** The report's options: the drafted text depends on them (k, version). */
  query: ReportQuery;
  /** Where the text is kept, when not a question's narrative (the report's summary). */
  store?: TextStore;
}

/** Saves an officer's text, or removes it and gives back the drafted one. */
export interface TextStore {
  save(text: string): Promise<Result<{ text: string }>>;
  reset(): Promise<Result<string>>;
  /** Whether the stored text was written before the figures last moved. */
  stale: boolean;
  /** Shown above such a text. */
  staleWarning: ReactNode;
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * The words under a question's figures. Officers may replace the drafted text with their own; the
 * exports use whatever is shown here.
 */
export function NarrativeEditor(props: NarrativeEditorProps) {
  const { slug, question, title, narrative } = props;
  const id = useId();
  const [text, setText] = useState(narrative);
  // Saving or resetting brings the text up to date with the figures.
  const [stale, setStale] = useState(props.edit?.stale === true || props.store?.stale === true);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  function finish(message: string) {
    setEditing(false);
    setError('');
    setStatus(message);
    // The form is gone: keep keyboard focus on this question instead of the page's top.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  async function save() {
    const draft = box.current?.value.trim() ?? '';
    if (!draft) {
      setError('Enter the text, or choose “Reset to the drafted text”.');
      box.current?.focus();
      return;
    }
    setBusy(true);
    const result = await (props.store
      ? props.store.save(draft)
      : saveNarrative(slug, question, draft));
    setBusy(false);
    if (!result.ok) {
      setError('The text could not be saved. Try again.');
      return;
    }
    setText(result.value.text);
    setStale(false);
    finish('Your text is saved. Exports use it from now on.');
  }

  async function draftedNarrative(): Promise<Result<string>> {
    const removed = await resetNarrative(slug, question);
    // The drafted text is written by the report itself, so fetch it again to show it.
    const report = removed.ok ? await fetchReport(slug, props.query) : removed;
    if (!report.ok) return report;
    const drafted = report.value.questions.find((q) => q.name === question)?.narrative ?? '';
    return { ok: true, kind: 'ok', value: drafted };
  }

  async function reset() {
    setBusy(true);
    const drafted = await (props.store ? props.store.reset() : draftedNarrative());
    setBusy(false);
    if (!drafted.ok) {
      setStatus('The drafted text could not be restored. Try again.');
      return;
    }
    setText(drafted.value);
    setStale(false);
    finish('The drafted text is back. Exports use it from now on.');
  }

  return (
    <div className="narrative">
      {editing ? (
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          <label className="form-label" htmlFor={`${id}-text`}>
            Text about “{title}”
          </label>
          <p className="form-hint" id={`${id}-hint`}>
            Check every figure you write against the tables. Leave a blank line between paragraphs.
            In the report files, words between ** and ** are bold and lines starting “- ” are a
            bulleted list.
          </p>
          {error && (
            <p className="form-error" id={`${id}-error`}>
              <span className="visually-hidden">Error:</span> {error}
            </p>
          )}
          <textarea
            ref={box}
            id={`${id}-text`}
            className="form-textarea"
            rows={6}
            defaultValue={text}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={error ? true : undefined}
          />
          <div className="button-group narrative__actions">
            <button type="button" className="button" onClick={save} disabled={busy}>
              Save text
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => finish('')}
              disabled={busy}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <>
          {stale && props.store?.staleWarning}
          {stale && !props.store && props.edit && (
            <NarrativeStale edit={props.edit} answered={props.answered} k={props.k} />
          )}
          {paragraphs(text).map((p) => (
            <p className="body" key={p}>
              {p}
            </p>
          ))}
          <div className="button-group narrative__actions">
            <button
              type="button"
              ref={editButton}
              className="button button--secondary"
              onClick={() => {
                setStatus('');
                setEditing(true);
                requestAnimationFrame(() => box.current?.focus());
              }}
              disabled={busy}
            >
              Edit<span className="visually-hidden"> the text about “{title}”</span>
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={reset}
              disabled={busy}
            >
              Reset to the drafted text
              <span className="visually-hidden"> about “{title}”</span>
            </button>
          </div>
        </>
      )}
      <p role="status" className="body-s">
        {status}
      </p>
    </div>
  );
}
