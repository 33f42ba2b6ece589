import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { Highlighted } from './highlight.tsx';
import { type CodedAnswer, effectiveThemes } from './review-api.ts';
import type { ThemeShortcuts } from './theme-shortcuts.ts';

interface CodingAnswerProps {
  answer: CodedAnswer;
  number: number;
  /** Every theme the question can have, in the report's order, with its label. */
  themes: { id: string; label: string }[];
  /** Why the answer is listed early, if it is. */
  reason?: string;
  shortcuts: ThemeShortcuts;
  onSave: (answer: CodedAnswer, chosen: string[]) => Promise<boolean>;
  /** Moves on to the next answer, once this one's themes are saved as they are. */
  onNext: () => void;
}

/** Keys typed into a text box are words, never shortcuts. */
const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement &&
  target.closest('textarea, select, [contenteditable], input:not([type="checkbox"])') !== null;

/**
 * One answer and its themes; the boxes start from what the report currently counts. Each change
 * is saved at once, one save at a time, the last choice winning.
 */
export function CodingAnswer(props: CodingAnswerProps) {
  const { answer, number, themes, reason, shortcuts, onSave } = props;
  const id = useId();
  const [chosen, setChosen] = useState(() => new Set(effectiveThemes(answer)));
  const current = useRef(chosen);
  const pending = useRef<string[] | undefined>(undefined);
  const saving = useRef<Promise<boolean> | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const evidence = answer.themes.flatMap((t) => (t.present ? t.evidence : []));
  // Themes the tagger used that the report does not list still need a box to untick.
  const known = new Set(themes.map((t) => t.id));
  const all = [
    ...themes,
    ...[...chosen].filter((t) => !known.has(t)).map((t) => ({ id: t, label: t })),
  ];

  function save(): Promise<boolean> {
    pending.current = [...current.current];
    if (saving.current) return saving.current;
    const run = async () => {
      let ok = true;
      while (pending.current) {
        const themesNow = pending.current;
        pending.current = undefined;
        ok = await onSave(answer, themesNow);
      }
      saving.current = undefined;
      setFailed(!ok);
      return ok;
    };
    saving.current = run();
    return saving.current;
  }

  function toggle(theme: string, on: boolean) {
    const next = new Set(current.current);
    if (on) next.add(theme);
    else next.delete(theme);
    current.current = next;
    setChosen(next);
    void save();
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const theme = shortcuts.themeFor(event.key);
    if (!theme) return;
    event.preventDefault();
    toggle(theme, !current.current.has(theme));
  }

  async function confirm() {
    if (await save()) props.onNext();
  }

  return (
    // Keys reach the answer from the boxes and button inside it: the list item is not a control.
    <li className="review-item" data-answer={number} onKeyDown={onKeyDown}>
      <h2 className="heading-s" id={`${id}-heading`}>
        Answer {number}
        {answer.safeguarding ? ' (listed in answers to check first)' : ''}
      </h2>
      {reason && <p className="body">{reason}</p>}
      <blockquote className="review-item__text">
        <Highlighted text={answer.text} evidence={evidence} />
      </blockquote>
      <fieldset className="review-themes">
        <legend>Themes in answer {number}</legend>
        {all.map((theme) => {
          const key = shortcuts.keyOf(theme.id);
          return (
            <div className="review-checkbox" key={theme.id}>
              <input
                type="checkbox"
                id={`${id}-${theme.id}`}
                checked={chosen.has(theme.id)}
                aria-keyshortcuts={key}
                onChange={(e) => toggle(theme.id, e.currentTarget.checked)}
              />
              <label htmlFor={`${id}-${theme.id}`}>{theme.label}</label>
              {key && (
                // The box's aria-keyshortcuts tells screen readers; this is for the eye.
                <span className="review-key" aria-hidden="true">
                  <kbd>{key}</kbd>
                </span>
              )}
            </div>
          );
        })}
      </fieldset>
      {failed && (
        <p className="form-error">
          The themes of answer {number} are not saved. Change a theme or confirm to try again.
        </p>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={confirm}
        aria-describedby={`${id}-heading`}
      >
        Confirm, next answer
      </button>
    </li>
  );
}
