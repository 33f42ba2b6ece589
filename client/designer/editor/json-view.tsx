// The advanced view: the SurveyJS definition as text. Valid JSON goes straight into the form
// editor and the preview; text that cannot be read stays here, with the reason, until fixed.
import { useEffect, useRef, useState } from 'react';
import { loadPreviewRuntime } from '../preview/use-preview-runtime.ts';
import { isRecord, type Json } from './survey-json.ts';

interface JsonViewProps {
  json: Json;
  readOnly: boolean;
  onChange(json: Json): void;
}

const format = (json: Json) => JSON.stringify(json, null, 2);
/** How long typing must pause before a problem is read out (leaving the box reads it at once). */
const ANNOUNCE_AFTER_MS = 2000;
const READABLE_AGAIN = 'The JSON can be read again.';

/** Where JSON.parse stopped, as a line number people can find. */
function lineOf(source: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (!position) return message;
  const line = source.slice(0, Number(position)).split('\n').length;
  return `${message} (line ${line})`;
}

export function JsonView({ json, readOnly, onChange }: JsonViewProps) {
  const [textValue, setTextValue] = useState(() => format(json));
  const [problem, setProblem] = useState<string | undefined>();
  const [warnings, setWarnings] = useState<string[]>([]);
  const mine = useRef<Json>(json);
  // Read out after a pause or on leaving the box, never on every keystroke.
  const [announced, setAnnounced] = useState('');
  const announce = (message: string | undefined) =>
    setAnnounced((said) => message ?? (said && said !== READABLE_AGAIN ? READABLE_AGAIN : ''));
  // biome-ignore lint/correctness/useExhaustiveDependencies: announce only reads its argument.
  useEffect(() => {
    const timer = setTimeout(() => announce(problem), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [problem]);

  // A change made in the form editor replaces the text; our own parse does not.
  useEffect(() => {
    if (json === mine.current) return;
    mine.current = json;
    setTextValue(format(json));
    setProblem(undefined);
  }, [json]);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      loadPreviewRuntime().then(
        (runtime) => {
          if (!live) return;
          try {
            setWarnings(runtime.definitionWarnings(json));
          } catch (error) {
            setWarnings([
              error instanceof Error
                ? error.message
                : 'survey-core could not read this definition.',
            ]);
          }
        },
        () => undefined,
      );
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [json]);

  function edit(next: string) {
    setTextValue(next);
    let parsed: unknown;
    try {
      parsed = JSON.parse(next);
    } catch (error) {
      setProblem(
        `This is not valid JSON yet: ${lineOf(next, error)}. The form editor and preview show the last valid version.`,
      );
      return;
    }
    if (!isRecord(parsed)) {
      setProblem('The definition must be one object, starting with { and ending with }.');
      return;
    }
    setProblem(undefined);
    mine.current = parsed;
    onChange(parsed);
  }

  return (
    <div className="json-view">
      <p className="body">
        For anything the form editor does not cover. Changes here show in the form editor and the
        preview as soon as the JSON is valid.
      </p>
      <div className={problem ? 'form-group form-group--error' : 'form-group'}>
        <label className="form-label" htmlFor="json-definition">
          SurveyJS definition (JSON)
        </label>
        {problem && (
          <p className="form-error" id="json-problem">
            <span className="visually-hidden">Error:</span> {problem}
          </p>
        )}
        <textarea
          id="json-definition"
          className="form-input json-input"
          rows={30}
          spellCheck={false}
          value={textValue}
          readOnly={readOnly}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'json-problem' : undefined}
          onChange={(e) => edit(e.target.value)}
          onBlur={() => announce(problem)}
        />
        <p className="visually-hidden" aria-live="polite" id="json-announcement">
          {announced}
        </p>
      </div>
      <div aria-live="polite">
        {warnings.length > 0 ? (
          <div className="warning-box">
            <h3 className="heading-s">Warnings from SurveyJS</h3>
            <p className="body-s">These do not stop you saving, but the parts named are ignored.</p>
            <ul className="list">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        ) : (
          !problem && <p className="body-s">SurveyJS reads this definition without warnings.</p>
        )}
      </div>
    </div>
  );
}
