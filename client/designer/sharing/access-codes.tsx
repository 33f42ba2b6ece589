import { useState } from 'react';
import { type Explanation, explainFailure } from '../publish/explain-failure.ts';
import { DoneNote, ProblemBox } from '../publish/problem-box.tsx';
import { changeSurveySettings, fetchDesign } from '../publish/publish-api.ts';
import { useCanChange } from '../publish/use-can-change.ts';
import { useReload } from '../publish/use-reload.ts';
import { NewCodes } from './new-codes.tsx';
import { fetchCodeCounts, issueCodes } from './share-api.ts';

const MAX_CODES = 2000;

function readCount(text: string): number | string {
  const count = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || count < 1 || count > MAX_CODES) {
    return `Enter a whole number from 1 to ${MAX_CODES}.`;
  }
  return count;
}

/** Single-use codes for targeted surveys, e.g. handed out at a forum meeting. */
export function AccessCodes({ slug }: { slug: string }) {
  const canChange = useCanChange();
  const [design, reloadDesign] = useReload(() => fetchDesign(slug), slug);
  const [counts, reloadCounts] = useReload(() => fetchCodeCounts(slug), slug);
  const [countText, setCountText] = useState('30');
  const [countError, setCountError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation>();
  const [done, setDone] = useState<string>();
  const [codes, setCodes] = useState<string[]>();
  // Shown at once when ticked, and put back if the server refuses.
  const [chosen, setChosen] = useState<boolean>();
  const required = chosen ?? (design.kind === 'ok' && design.value.survey.accessCodesRequired);

  async function toggle(value: boolean) {
    setBusy(true);
    setChosen(value);
    setProblem(undefined);
    const result = await changeSurveySettings(slug, { accessCodesRequired: value });
    setBusy(false);
    if (!result.ok) {
      setChosen(undefined);
      return setProblem(explainFailure(result, 'change the access code setting'));
    }
    setDone(
      value ? 'Parents now need an access code to answer.' : 'Anyone with the link can now answer.',
    );
    reloadDesign();
  }

  async function generate() {
    const count = readCount(countText);
    if (typeof count === 'string') return setCountError(count);
    setCountError(undefined);
    setBusy(true);
    setProblem(undefined);
    const result = await issueCodes(slug, count);
    setBusy(false);
    if (!result.ok) return setProblem(explainFailure(result, 'make the codes'));
    setCodes(result.value);
    setDone(undefined);
    reloadCounts();
  }

  return (
    <section className="designer-section" aria-labelledby="codes-heading">
      <h3 className="heading-m" id="codes-heading">
        Access codes
      </h3>
      <p className="body">
        For a survey meant for a particular group. Each code works once. Nobody can tell which
        answers used which code.
      </p>
      {canChange ? (
        <div className="form-group checkbox">
          <input
            className="checkbox__input"
            type="checkbox"
            id="codes-required"
            checked={required}
            disabled={busy || design.kind !== 'ok'}
            onChange={(e) => toggle(e.currentTarget.checked)}
          />
          <label className="checkbox__label" htmlFor="codes-required">
            Parents need an access code to answer
          </label>
        </div>
      ) : (
        <p className="body">
          {required
            ? 'Parents need an access code to answer.'
            : 'Anyone with the link can answer: no access code is needed.'}
        </p>
      )}
      {counts.kind === 'ok' && (
        <p className="body">
          {counts.value.issued === 0
            ? 'No codes made yet.'
            : `${counts.value.issued} codes made, ${counts.value.used} used, ${counts.value.issued - counts.value.used} still unused.`}
        </p>
      )}
      {canChange && (
        <div className={countError ? 'form-group form-group--error' : 'form-group'}>
          <label className="form-label" htmlFor="code-count">
            How many new codes?
          </label>
          <p className="form-hint" id="code-count-hint">
            Up to {MAX_CODES} at a time, for example one for each person at a meeting.
          </p>
          {countError && (
            <p className="form-error" id="code-count-error">
              <span className="visually-hidden">Error:</span> {countError}
            </p>
          )}
          <input
            className="form-input form-input--count"
            id="code-count"
            inputMode="numeric"
            value={countText}
            aria-invalid={countError ? true : undefined}
            aria-describedby={countError ? 'code-count-hint code-count-error' : 'code-count-hint'}
            onChange={(e) => setCountText(e.currentTarget.value)}
          />
        </div>
      )}
      {problem && <ProblemBox problem={problem} />}
      <DoneNote text={done} />
      {canChange && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={generate}
        >
          Make codes
        </button>
      )}
      {codes && <NewCodes slug={slug} codes={codes} />}
    </section>
  );
}
