// Everything about one question: wording, help, required, the name in the data, its options,
// theming and quoting, and when it is shown.
import type { DesignSettings } from '../../../server/designer-contracts.ts';
import { ConditionEditor } from './condition-editor.tsx';
import type { Published } from './locks.ts';
import { OptionsEditor, readOptions } from './options-editor.tsx';
import { BooleanFields, NameField, RatingFields } from './question-fields.tsx';
import { canHaveOther, hasChoices, isEditableKind } from './question-kinds.ts';
import { QuestionSettings } from './question-settings.tsx';
import { type Element, type Json, text } from './survey-json.ts';

export interface QuestionEditorProps {
  element: Element;
  earlier: Element[];
  /** Names used by every other question, which this one may not take. */
  otherNames: Set<string>;
  settings: DesignSettings;
  published: Published;
  readOnly: boolean;
  onPatch(patch: Json): void;
  onRename(name: string): void;
  onSettings(change: (settings: DesignSettings) => DesignSettings): void;
}

export function QuestionEditor(props: QuestionEditorProps) {
  const { element: q, earlier, published, readOnly, onPatch, onRename } = props;
  const id = `q-${q.name}`;
  const locked = published.names.has(q.name);
  const lockedValues = published.values.get(q.name) ?? new Set<string>();

  if (q.type === 'html') {
    return (
      <div className="question-editor">
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-html`}>
            Text shown to parents
          </label>
          <p className="form-hint" id={`${id}-html-hint`}>
            Written in HTML, for example &lt;p&gt;A paragraph.&lt;/p&gt;
          </p>
          <textarea
            id={`${id}-html`}
            className="form-input json-input"
            rows={4}
            value={text(q, 'html')}
            readOnly={readOnly}
            aria-describedby={`${id}-html-hint`}
            onChange={(e) => onPatch({ html: e.target.value })}
          />
        </div>
        <ConditionEditor
          key={`${q.name}:${earlier.length}`}
          id={`${id}-condition`}
          expression={text(q, 'visibleIf')}
          earlier={earlier}
          readOnly={readOnly}
          onChange={(visibleIf) => onPatch({ visibleIf })}
        />
      </div>
    );
  }

  if (!isEditableKind(q.type)) {
    return (
      <p className="body">
        The form editor does not cover this kind of question ({q.type}). Change it in the Advanced
        JSON view.
      </p>
    );
  }

  return (
    <div className="question-editor">
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-title`}>
          Question wording
        </label>
        <textarea
          id={`${id}-title`}
          className="form-input"
          rows={2}
          value={text(q, 'title')}
          readOnly={readOnly}
          onChange={(e) => onPatch({ title: e.target.value })}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-description`}>
          Help text (optional)
        </label>
        <p className="form-hint" id={`${id}-description-hint`}>
          Shown under the question, for example to explain a word like "EHC plan".
        </p>
        <textarea
          id={`${id}-description`}
          className="form-input"
          rows={2}
          value={text(q, 'description')}
          readOnly={readOnly}
          aria-describedby={`${id}-description-hint`}
          onChange={(e) => onPatch({ description: e.target.value || undefined })}
        />
      </div>
      <div className="form-group designer-check">
        <input
          id={`${id}-required`}
          type="checkbox"
          checked={q.isRequired === true}
          disabled={readOnly}
          onChange={(e) => onPatch({ isRequired: e.target.checked || undefined })}
        />
        <label htmlFor={`${id}-required`}>Parents must answer this question</label>
      </div>
      <NameField
        id={id}
        name={q.name}
        locked={locked}
        readOnly={readOnly}
        taken={props.otherNames}
        onRename={onRename}
      />
      {hasChoices(q.type) && (
        <OptionsEditor
          id={`${id}-choices`}
          legend="Options"
          itemLabel="Option"
          options={readOptions(q.choices)}
          locked={lockedValues}
          readOnly={readOnly}
          onChange={(choices) => onPatch({ choices })}
        />
      )}
      {canHaveOther(q.type) && (
        <div className="form-group designer-check">
          <input
            id={`${id}-other`}
            type="checkbox"
            checked={q.showOtherItem === true || q.hasOther === true}
            disabled={readOnly}
            onChange={(e) =>
              onPatch({ showOtherItem: e.target.checked || undefined, hasOther: undefined })
            }
          />
          <label htmlFor={`${id}-other`}>
            Add an "Other" option where parents can write their own answer
          </label>
        </div>
      )}
      {q.type === 'matrix' && (
        <>
          <OptionsEditor
            id={`${id}-rows`}
            legend="Statements"
            itemLabel="Statement"
            options={readOptions(q.rows)}
            locked={lockedValues}
            readOnly={readOnly}
            onChange={(rows) => onPatch({ rows })}
          />
          <OptionsEditor
            id={`${id}-columns`}
            legend="Scale"
            itemLabel="Scale point"
            options={readOptions(q.columns)}
            locked={lockedValues}
            readOnly={readOnly}
            onChange={(columns) => onPatch({ columns })}
          />
        </>
      )}
      {q.type === 'rating' && <RatingFields id={id} q={q} readOnly={readOnly} onPatch={onPatch} />}
      {q.type === 'boolean' && (
        <BooleanFields id={id} q={q} readOnly={readOnly} onPatch={onPatch} />
      )}
      <QuestionSettings {...props} />
      <ConditionEditor
        key={`${q.name}:${earlier.length}`}
        id={`${id}-condition`}
        expression={text(q, 'visibleIf')}
        earlier={earlier}
        readOnly={readOnly}
        onChange={(visibleIf) => onPatch({ visibleIf })}
      />
    </div>
  );
}
