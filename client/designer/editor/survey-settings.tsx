// Questionnaire-wide settings: title, series, the codebook for themes, and the page wording.
import { useEffect, useState } from 'react';
import type { DesignSettings } from '../../../server/designer-contracts.ts';
import { type CodebookChoice, fetchCodebooks } from '../designer-api.ts';
import { HelpContactsEditor } from './help-contacts-editor.tsx';
import { questionsInOrder, text } from './survey-json.ts';
import type { DraftState } from './use-design.ts';

interface SurveySettingsProps {
  draft: DraftState;
  readOnly: boolean;
  update(change: (draft: DraftState) => DraftState): void;
}

type TextKey = 'privacyNotice' | 'thankYou';

export function SurveySettings({ draft, readOnly, update }: SurveySettingsProps) {
  const [codebooks, setCodebooks] = useState<CodebookChoice[]>([
    { key: 'send-default', label: 'SEND default themes' },
  ]);
  useEffect(() => {
    let live = true;
    fetchCodebooks().then((found) => live && setCodebooks(found));
    return () => {
      live = false;
    };
  }, []);

  const settings = (change: (s: DesignSettings) => DesignSettings) =>
    update((d) => ({ ...d, settings: change(d.settings) }));
  const setText = (key: TextKey, value: string) =>
    settings((s) => {
      const { [key]: _old, ...others } = s.texts;
      return { ...s, texts: value.trim() ? { ...others, [key]: value } : others };
    });
  const themed = questionsInOrder(draft.json).filter((q) =>
    draft.settings.themedQuestions.includes(q.element.name),
  );
  const seriesValid = draft.series === null || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(draft.series);

  return (
    <div className="survey-settings">
      <div className="form-group">
        <label className="form-label" htmlFor="survey-title">
          Title
        </label>
        <input
          id="survey-title"
          className="form-input"
          value={draft.title}
          readOnly={readOnly}
          onChange={(e) => update((d) => ({ ...d, title: e.target.value }))}
        />
      </div>
      <div className={seriesValid ? 'form-group' : 'form-group form-group--error'}>
        <label className="form-label" htmlFor="survey-series">
          Series (optional)
        </label>
        <p className="form-hint" id="survey-series-hint">
          Questionnaires repeated over time share a series, such as "confidence", so reports can
          compare them. Use lower-case letters, numbers and hyphens.
        </p>
        {!seriesValid && (
          <p className="form-error" id="survey-series-error">
            <span className="visually-hidden">Error:</span> Use only lower-case letters, numbers and
            single hyphens
          </p>
        )}
        <input
          id="survey-series"
          className="form-input"
          value={draft.series ?? ''}
          spellCheck={false}
          readOnly={readOnly}
          aria-invalid={seriesValid ? undefined : true}
          aria-describedby={
            seriesValid ? 'survey-series-hint' : 'survey-series-hint survey-series-error'
          }
          onChange={(e) => update((d) => ({ ...d, series: e.target.value.trim() || null }))}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="survey-codebook">
          Themes to look for in written answers (codebook)
        </label>
        <p className="form-hint" id="survey-codebook-hint">
          {themed.length === 0
            ? 'No question is marked for themes yet. Open a short or long text question and tick "Find themes in the answers".'
            : `Used for: ${themed.map((q) => text(q.element, 'title') || q.element.name).join('; ')}.`}
        </p>
        <select
          id="survey-codebook"
          className="form-select"
          value={draft.settings.codebook}
          disabled={readOnly}
          aria-describedby="survey-codebook-hint"
          onChange={(e) => settings((s) => ({ ...s, codebook: e.target.value }))}
        >
          {!codebooks.some((c) => c.key === draft.settings.codebook) && (
            <option value={draft.settings.codebook}>{draft.settings.codebook}</option>
          )}
          {codebooks.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group designer-check">
        <input
          id="survey-progress"
          type="checkbox"
          checked={draft.json.showProgressBar === true || draft.json.showProgressBar === 'top'}
          disabled={readOnly}
          onChange={(e) =>
            update((d) => {
              const { showProgressBar: _old, progressBarLocation: _where, ...rest } = d.json;
              const bar = { showProgressBar: true, progressBarLocation: 'top' };
              return { ...d, json: e.target.checked ? { ...bar, ...rest } : rest };
            })
          }
        />
        <label htmlFor="survey-progress">Show parents a progress bar (page 1 of 5…)</label>
      </div>
      <TextArea
        id="survey-privacy"
        label="Privacy notice (shown before the questions)"
        value={draft.settings.texts.privacyNotice ?? ''}
        readOnly={readOnly}
        onChange={(v) => setText('privacyNotice', v)}
      />
      <TextArea
        id="survey-thanks"
        label="Thank-you message (shown after sending)"
        value={draft.settings.texts.thankYou ?? ''}
        readOnly={readOnly}
        onChange={(v) => setText('thankYou', v)}
      />
      <HelpContactsEditor
        contacts={draft.settings.texts.help}
        readOnly={readOnly}
        onChange={(help) =>
          settings((s) => {
            const { help: _old, ...others } = s.texts;
            return { ...s, texts: help ? { ...others, help } : others };
          })
        }
      />
    </div>
  );
}

interface TextAreaProps {
  id: string;
  label: string;
  value: string;
  readOnly: boolean;
  onChange(value: string): void;
}

function TextArea({ id, label, value, readOnly, onChange }: TextAreaProps) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <p className="form-hint" id={`${id}-hint`}>
        Leave it empty to use the standard wording. Leave a blank line between paragraphs.
      </p>
      <textarea
        id={id}
        className="form-input form-input--wide"
        rows={6}
        value={value}
        readOnly={readOnly}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
