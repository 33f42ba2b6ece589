// Everything about one question: wording, help, required, the name in the data, its options,
// theming and quoting, and when it is shown.
import { CONSENTING_VALUES } from '../../../analysis/report/consent.ts';
import type { DesignSettings } from '../../../server/designer-contracts.ts';
import { ConditionEditor } from './condition-editor.tsx';
import { CONSENT_VALUE_REASON, LOCKED_VALUE_REASON, type Published } from './locks.ts';
import { type OptionChange, OptionsEditor, readOptions, writeOptions } from './options-editor.tsx';
import { BooleanFields, NameField, RatingFields } from './question-fields.tsx';
import { canHaveOther, hasChoices, isEditableKind } from './question-kinds.ts';
import { QuestionSettings } from './question-settings.tsx';
import type { OptionList } from './rename.ts';
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
  /** Options changed; a renamed or removed value is named so references can follow. */
  onOptions(list: OptionList, options: unknown[], change?: OptionChange): void;
  onSettings(change: (settings: DesignSettings) => DesignSettings): void;
}

export function QuestionEditor(props: QuestionEditorProps) {
  const { element: q, earlier, published, readOnly, onPatch, onRename } = props;
  const id = `q-${q.name}`;
  const locked = published.names.has(q.name);
  const fixed = fixedValues(q, props);
  const condition = (
    <ConditionEditor
      key={`${q.name}:${earlier.length}`}
      id={`${id}-condition`}
      expression={text(q, 'visibleIf')}
      earlier={earlier}
      readOnly={readOnly}
      onChange={(visibleIf) => onPatch({ visibleIf })}
    />
  );
  const options = (key: 'choices' | 'rows' | 'columns', legend: string, itemLabel: string) => (
    <OptionsEditor
      id={`${id}-${key}`}
      legend={legend}
      itemLabel={itemLabel}
      options={readOptions(q[key])}
      fixed={fixed}
      readOnly={readOnly}
      onChange={(list, change) => props.onOptions(key, writeOptions(q[key], list, change), change)}
    />
  );

  if (q.type === 'html') {
    return (
      <div className="question-editor">
        <AreaField
          id={`${id}-html`}
          label="Text shown to parents"
          hint="Written in HTML, for example <p>A paragraph.</p>"
          className="form-input json-input"
          rows={4}
          value={text(q, 'html')}
          readOnly={readOnly}
          onChange={(html) => onPatch({ html })}
        />
        {condition}
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
      <AreaField
        id={`${id}-title`}
        label="Question wording"
        value={text(q, 'title')}
        readOnly={readOnly}
        onChange={(title) => onPatch({ title })}
      />
      <AreaField
        id={`${id}-description`}
        label="Help text (optional)"
        hint='Shown under the question, for example to explain a word like "EHC plan".'
        value={text(q, 'description')}
        readOnly={readOnly}
        onChange={(description) => onPatch({ description: description || undefined })}
      />
      <CheckField
        id={`${id}-required`}
        label="Parents must answer this question"
        checked={q.isRequired === true}
        readOnly={readOnly}
        onChange={(checked) => onPatch({ isRequired: checked || undefined })}
      />
      <NameField
        id={id}
        name={q.name}
        locked={locked}
        readOnly={readOnly}
        taken={props.otherNames}
        onRename={onRename}
      />
      {hasChoices(q.type) && options('choices', 'Options', 'Option')}
      {canHaveOther(q.type) && (
        <CheckField
          id={`${id}-other`}
          label='Add an "Other" option where parents can write their own answer'
          checked={q.showOtherItem === true || q.hasOther === true}
          readOnly={readOnly}
          onChange={(checked) =>
            onPatch({ showOtherItem: checked || undefined, hasOther: undefined })
          }
        />
      )}
      {q.type === 'matrix' && (
        <>
          {options('rows', 'Statements', 'Statement')}
          {options('columns', 'Scale', 'Scale point')}
        </>
      )}
      {q.type === 'rating' && <RatingFields id={id} q={q} readOnly={readOnly} onPatch={onPatch} />}
      {q.type === 'boolean' && (
        <BooleanFields id={id} q={q} readOnly={readOnly} onPatch={onPatch} />
      )}
      <QuestionSettings {...props} />
      {condition}
    </div>
  );
}

interface AreaFieldProps {
  id: string;
  label: string;
  hint?: string;
  className?: string;
  rows?: number;
  value: string;
  readOnly: boolean;
  onChange(value: string): void;
}

function AreaField({
  id,
  label,
  hint,
  className = 'form-input',
  rows = 2,
  ...rest
}: AreaFieldProps) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className={className}
        rows={rows}
        value={rest.value}
        readOnly={rest.readOnly}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => rest.onChange(e.target.value)}
      />
    </div>
  );
}

interface CheckFieldProps {
  id: string;
  label: string;
  checked: boolean;
  readOnly: boolean;
  onChange(checked: boolean): void;
}

function CheckField({ id, label, checked, readOnly, onChange }: CheckFieldProps) {
  return (
    <div className="form-group designer-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Values reports read as "yes, you may quote me" (analysis/report/answer-codes.ts). */

/** Option values that may not change: published ones, and the "yes" of the quote question. */
function fixedValues(q: Element, props: QuestionEditorProps): Map<string, string> {
  const fixed = new Map<string, string>();
  if (props.settings.quoteConsentQuestion === q.name) {
    for (const o of readOptions(q.choices)) {
      if (CONSENTING_VALUES.has(String(o.value).toLowerCase()))
        fixed.set(String(o.value), CONSENT_VALUE_REASON);
    }
  }
  for (const value of props.published.values.get(q.name) ?? [])
    fixed.set(value, LOCKED_VALUE_REASON);
  return fixed;
}
