// The questions to publish, ticked as last published, and the button that publishes them. The
// server refuses an open survey and a publication too close to an earlier one; both are explained.
import { useId, useRef, useState } from 'react';
import type { PublicationsView } from '../../../server/publication-contracts.ts';
import { publishQuestions } from './publication-api.ts';
import { refusalText } from './publication-words.ts';

interface PublicationFormProps {
  slug: string;
  view: PublicationsView;
  onDone: (message: string) => void;
}

export function PublicationForm({ slug, view, onDone }: PublicationFormProps) {
  const id = useId();
  const [chosen, setChosen] = useState<string[]>(
    view.current?.questions ?? view.history[0]?.questions ?? [],
  );
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  function refuse(text: string) {
    setError(text);
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) return refuse('Choose at least one question to publish.');
    setBusy(true);
    // In the questionnaire's order, whatever order they were ticked in.
    const ordered = view.questions.map((q) => q.name).filter((name) => chosen.includes(name));
    const result = await publishQuestions(slug, ordered);
    setBusy(false);
    if (!result.ok) return refuse(refusalText(result, view.k));
    onDone(
      `The results were published, counting ${result.value.responses.toLocaleString('en-GB')} responses.`,
    );
  }

  const toggle = (name: string, on: boolean) =>
    setChosen((list) => (on ? [...list, name] : list.filter((n) => n !== name)));

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 className="heading-m" id={`${id}-heading`}>
        {view.current ? 'Publish again' : 'Choose what to publish'}
      </h2>
      <form onSubmit={submit} noValidate>
        {error ? (
          <div className="error-summary" role="alert" tabIndex={-1} ref={errorRef}>
            <h3 className="heading-s">There is a problem</h3>
            <p className="body" id={`${id}-error`}>
              {error}
            </p>
          </div>
        ) : null}
        <fieldset
          className="publication-fieldset"
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        >
          <legend>Questions to publish</legend>
          <p className="form-hint" id={`${id}-hint`}>
            Only closed surveys can be published. Publishing again needs at least {view.k} answers
            added or removed since any earlier publication, or none at all.
          </p>
          <div className="publication-choices">
            {view.questions.map((q, i) => (
              <div className="publication-choice" key={q.name}>
                <input
                  type="checkbox"
                  id={`${id}-q${i}`}
                  checked={chosen.includes(q.name)}
                  onChange={(e) => toggle(q.name, e.target.checked)}
                />
                <label htmlFor={`${id}-q${i}`}>{q.title}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {view.current ? 'Publish again' : 'Publish results'}
        </button>
      </form>
    </section>
  );
}
