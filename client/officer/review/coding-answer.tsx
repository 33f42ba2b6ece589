import { useId, useState } from 'react';
import { Highlighted } from './highlight.tsx';
import { type CodedAnswer, effectiveThemes } from './review-api.ts';

interface CodingAnswerProps {
  answer: CodedAnswer;
  number: number;
  /** Every theme the question can have, in the report's order, with its label. */
  themes: { id: string; label: string }[];
  /** Why the answer is listed early, if it is. */
  reason?: string;
  onSave: (answer: CodedAnswer, chosen: string[]) => Promise<boolean>;
}

/** One answer and its themes; the checkboxes start from what the report currently counts. */
export function CodingAnswer({ answer, number, themes, reason, onSave }: CodingAnswerProps) {
  const id = useId();
  const [chosen, setChosen] = useState(() => new Set(effectiveThemes(answer)));
  const [saving, setSaving] = useState(false);
  const evidence = answer.themes.flatMap((t) => (t.present ? t.evidence : []));
  // Themes the tagger used that the report does not list still need a box to untick.
  const known = new Set(themes.map((t) => t.id));
  const all = [
    ...themes,
    ...[...chosen].filter((t) => !known.has(t)).map((t) => ({ id: t, label: t })),
  ];

  function toggle(theme: string, on: boolean) {
    setChosen((now) => {
      const next = new Set(now);
      if (on) next.add(theme);
      else next.delete(theme);
      return next;
    });
  }

  async function save() {
    setSaving(true);
    await onSave(answer, [...chosen]);
    setSaving(false);
  }

  return (
    <li className="review-item" data-answer={number}>
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
        {all.map((theme) => (
          <div className="review-checkbox" key={theme.id}>
            <input
              type="checkbox"
              id={`${id}-${theme.id}`}
              checked={chosen.has(theme.id)}
              onChange={(e) => toggle(theme.id, e.currentTarget.checked)}
            />
            <label htmlFor={`${id}-${theme.id}`}>{theme.label}</label>
          </div>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button--secondary"
        onClick={save}
        disabled={saving}
        aria-describedby={`${id}-heading`}
      >
        Save
      </button>
    </li>
  );
}
