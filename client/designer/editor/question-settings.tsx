// How the answers to one question are used: themed, quoted, counted as agreement, or hidden.
import { consents } from '../../../analysis/report/consent.ts';
import type { DesignSettings } from '../../../server/designer-contracts.ts';
import { readOptions, writeOptions } from './options-editor.tsx';
import type { QuestionEditorProps } from './question-editor.tsx';
import { isFreeText } from './question-kinds.ts';
import { consentSetup } from './quote-consent.ts';

export function QuestionSettings({
  element: q,
  settings,
  published,
  readOnly,
  onSettings,
  onPatch,
  onOptions,
}: QuestionEditorProps) {
  const id = `q-${q.name}`;
  const themed = settings.themedQuestions.includes(q.name);
  const consent = settings.quoteConsentQuestion === q.name;
  const positive = settings.positiveOptions[q.name] ?? [];

  const unthemed = settings.unthemedQuestions?.includes(q.name) === true;
  const decideThemes = (themes: boolean) =>
    onSettings((s) => ({
      ...s,
      themedQuestions: themes
        ? [...s.themedQuestions.filter((n) => n !== q.name), q.name]
        : s.themedQuestions.filter((n) => n !== q.name),
      unthemedQuestions: themes
        ? (s.unthemedQuestions ?? []).filter((n) => n !== q.name)
        : [...(s.unthemedQuestions ?? []).filter((n) => n !== q.name), q.name],
    }));
  const toggleConsent = (on: boolean) => {
    onSettings((s) => {
      const { quoteConsentQuestion: _old, ...rest } = s;
      return on ? { ...rest, quoteConsentQuestion: q.name } : (rest as DesignSettings);
    });
    if (on) storeYes();
  };
  /** The answer that allows quotes stores what reports read as yes. */
  const storeYes = () => {
    if (q.type === 'boolean') {
      const custom = q.valueTrue !== undefined && !consents(q.valueTrue);
      if (custom)
        onPatch({ valueTrue: 'yes', ...(q.valueFalse !== undefined && { valueFalse: 'no' }) });
      return;
    }
    const fixed = published.values.get(q.name) ?? new Set<string>();
    let choices: unknown = q.choices;
    for (const step of consentSetup(readOptions(q.choices), fixed).steps) {
      choices = writeOptions(choices, step.options, step.change);
      onOptions('choices', choices as unknown[], step.change);
    }
  };
  const togglePositive = (value: string | number, on: boolean) =>
    onSettings((s) => {
      const current = s.positiveOptions[q.name] ?? [];
      const next = on ? [...current, value] : current.filter((v) => v !== value);
      const { [q.name]: _old, ...others } = s.positiveOptions;
      return { ...s, positiveOptions: next.length ? { ...others, [q.name]: next } : others };
    });

  return (
    <>
      {isFreeText(q.type) && (
        <fieldset className="form-group">
          <legend className="form-label">Themes in the answers</legend>
          <p className="form-hint" id={`${id}-themes-hint`}>
            {themed || unthemed
              ? 'Reports group themed answers by what they are about.'
              : 'Not decided yet: the checks before publishing will remind you.'}
          </p>
          <div className="designer-check">
            <input
              id={`${id}-themed`}
              type="radio"
              name={`${id}-themes`}
              checked={themed}
              disabled={readOnly}
              aria-describedby={`${id}-themes-hint`}
              onChange={() => decideThemes(true)}
            />
            <label htmlFor={`${id}-themed`}>
              Find themes in the answers (with the codebook chosen in the questionnaire settings)
            </label>
          </div>
          <div className="designer-check">
            <input
              id={`${id}-unthemed`}
              type="radio"
              name={`${id}-themes`}
              checked={unthemed && !themed}
              disabled={readOnly}
              onChange={() => decideThemes(false)}
            />
            <label htmlFor={`${id}-unthemed`}>
              Not for themes: the answers are not about experiences (for example, a school's name)
            </label>
          </div>
        </fieldset>
      )}
      {(q.type === 'boolean' || q.type === 'radiogroup') && (
        <div className="form-group designer-check">
          <input
            id={`${id}-consent`}
            type="checkbox"
            checked={consent}
            disabled={readOnly}
            onChange={(e) => toggleConsent(e.target.checked)}
          />
          <label htmlFor={`${id}-consent`}>
            This question asks if we may quote the parent's words ("yes" allows quotes)
          </label>
        </div>
      )}
      {q.type === 'matrix' && (
        <fieldset className="form-group">
          <legend className="form-label">Which answers count as agreeing?</legend>
          <p className="form-hint">Reports say "% agree" using the points ticked here.</p>
          {scaleWithStale(q.columns, positive).map((o, i) => {
            const checked = positive.includes(o.value);
            return (
              <div className="designer-check" key={String(o.value)}>
                <input
                  id={`${id}-positive-${i}`}
                  type="checkbox"
                  checked={checked}
                  disabled={readOnly}
                  onChange={() => togglePositive(o.value, !checked)}
                />
                <label htmlFor={`${id}-positive-${i}`}>{o.text}</label>
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="form-group designer-check">
        <input
          id={`${id}-hidden`}
          type="checkbox"
          checked={q.visible === false}
          disabled={readOnly}
          onChange={(e) => onPatch({ visible: e.target.checked ? false : undefined })}
        />
        <label htmlFor={`${id}-hidden`}>
          Hide this question from parents (answers already given are kept)
        </label>
      </div>
    </>
  );
}

/** The scale, plus any value still counted as agreement that is no longer on it, to untick. */
function scaleWithStale(columns: unknown, positive: (string | number)[]) {
  const scale = readOptions(columns);
  const stale = positive
    .filter((v) => !scale.some((o) => String(o.value) === String(v)))
    .map((value) => ({ value, text: `${value} (no longer on the scale: untick it)` }));
  return [...scale, ...stale];
}
