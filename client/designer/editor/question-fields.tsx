// The smaller fields of the question editor: the name in the data, rating scales, yes/no wording.
import { GuardedField } from './guarded-field.tsx';
import { LOCKED_NAME_REASON } from './locks.ts';
import { type Element, type Json, text } from './survey-json.ts';

interface FieldsProps {
  id: string;
  q: Element;
  readOnly: boolean;
  onPatch(patch: Json): void;
}

function TextField({
  id,
  label,
  value,
  readOnly,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  readOnly: boolean;
  onChange(v: string): void;
}) {
  return (
    <div className="form-group">
      <label className="form-label form-label--s" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="form-input"
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function RatingFields({ id, q, readOnly, onPatch }: FieldsProps) {
  const number = (key: string, fallback: number) =>
    typeof q[key] === 'number' ? (q[key] as number) : fallback;
  return (
    <fieldset className="form-group">
      <legend className="form-label">Scale</legend>
      <div className="condition__fields">
        {(['rateMin', 'rateMax'] as const).map((key) => (
          <div key={key}>
            <label className="form-label form-label--s" htmlFor={`${id}-${key}`}>
              {key === 'rateMin' ? 'Lowest score' : 'Highest score'}
            </label>
            <input
              id={`${id}-${key}`}
              className="form-input form-input--number"
              type="number"
              min={0}
              max={100}
              value={number(key, key === 'rateMin' ? 1 : 5)}
              readOnly={readOnly}
              onChange={(e) => onPatch({ [key]: Number(e.target.value) })}
            />
          </div>
        ))}
      </div>
      <TextField
        id={`${id}-minlabel`}
        label="Words for the lowest score"
        value={text(q, 'minRateDescription')}
        readOnly={readOnly}
        onChange={(v) => onPatch({ minRateDescription: v || undefined })}
      />
      <TextField
        id={`${id}-maxlabel`}
        label="Words for the highest score"
        value={text(q, 'maxRateDescription')}
        readOnly={readOnly}
        onChange={(v) => onPatch({ maxRateDescription: v || undefined })}
      />
    </fieldset>
  );
}

export function BooleanFields({ id, q, readOnly, onPatch }: FieldsProps) {
  return (
    <div className="condition__fields">
      <TextField
        id={`${id}-yes`}
        label='Wording of "yes"'
        value={text(q, 'labelTrue')}
        readOnly={readOnly}
        onChange={(v) => onPatch({ labelTrue: v || undefined })}
      />
      <TextField
        id={`${id}-no`}
        label='Wording of "no"'
        value={text(q, 'labelFalse')}
        readOnly={readOnly}
        onChange={(v) => onPatch({ labelFalse: v || undefined })}
      />
    </div>
  );
}

interface NameFieldProps {
  id: string;
  name: string;
  locked: boolean;
  readOnly: boolean;
  taken: Set<string>;
  onRename(name: string): void;
}

/** The name is only changed once it is valid and free, so conditions never point at two questions. */
export function NameField({ id, name, locked, readOnly, taken, onRename }: NameFieldProps) {
  return (
    <GuardedField
      id={`${id}-name`}
      label="Name in the data"
      hint={
        locked
          ? LOCKED_NAME_REASON
          : 'Made from the wording. Used in exports and reports; parents never see it.'
      }
      value={name}
      readOnly={readOnly || locked}
      problemOf={(typed) =>
        !/^[A-Za-z][A-Za-z0-9_]*$/.test(typed)
          ? 'Start with a letter and use only letters, numbers and _'
          : taken.has(typed)
            ? 'Another question already has this name'
            : undefined
      }
      onChange={onRename}
    />
  );
}
