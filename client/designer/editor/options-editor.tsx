// A list of options (choices, statements or scale points): wording, the value stored, order.
// A value answers were given with (or that reports rely on) is fixed; any other may follow its
// wording, and every rename is reported so conditions and settings can follow it.
import { GuardedField } from './guarded-field.tsx';
import { applyPatch, isRecord, type Json, move, text, toName, uniqueName } from './survey-json.ts';

export interface Option {
  value: string | number;
  text: string;
}

export type OptionChange =
  | { kind: 'renamed'; from: string; to: string }
  | { kind: 'removed'; value: string };

/** Options as { value, text }, whatever form the definition used. */
export function readOptions(items: unknown): Option[] {
  if (!Array.isArray(items)) return [];
  return items.map((item) => {
    if (isRecord(item)) {
      const value = typeof item.value === 'number' ? item.value : String(item.value ?? '');
      return { value, text: text(item, 'text') || String(value) };
    }
    return { value: typeof item === 'number' ? item : String(item), text: String(item) };
  });
}

/**
 * Options back into the definition, keeping what the form does not show (translations...), also
 * for an option whose value was just renamed.
 */
export function writeOptions(before: unknown, options: Option[], change?: OptionChange): unknown[] {
  const old = new Map<string, Json>();
  for (const item of Array.isArray(before) ? before : [])
    if (isRecord(item)) old.set(String(item.value), item);
  const renamedFrom = (value: string) =>
    change?.kind === 'renamed' && change.to === value ? change.from : value;
  return options.map((option) => {
    const previous = old.get(renamedFrom(String(option.value)));
    return previous ? applyPatch(previous, { ...option }) : option;
  });
}

interface OptionsEditorProps {
  id: string;
  legend: string;
  itemLabel: string;
  options: Option[];
  /** Values that may not change or go, with the reason shown beside them. */
  fixed: Map<string, string>;
  readOnly: boolean;
  onChange(options: Option[], change?: OptionChange): void;
}

export function OptionsEditor(props: OptionsEditorProps) {
  const { id, legend, itemLabel, options, fixed, readOnly, onChange } = props;
  const reasonFor = (o: Option) => fixed.get(String(o.value));
  const othersThan = (index: number) =>
    new Set(options.filter((_, i) => i !== index).map((o) => String(o.value)));
  const replace = (index: number, option: Option) =>
    options.map((o, i) => (i === index ? option : o));

  function setText(index: number, text: string) {
    const o = options[index];
    if (!o) return;
    // A value that still follows its wording keeps following it until it is fixed.
    const follows = !reasonFor(o) && (o.value === toName(o.text, 'option') || o.value === '');
    const value = follows ? uniqueName(toName(text, 'option'), othersThan(index)) : o.value;
    const renamed = follows && value !== o.value && o.value !== '';
    onChange(
      replace(index, { text, value }),
      renamed ? { kind: 'renamed', from: String(o.value), to: String(value) } : undefined,
    );
  }
  const setValue = (index: number, value: string) => {
    const o = options[index];
    if (!o || value === String(o.value)) return;
    onChange(replace(index, { ...o, value }), {
      kind: 'renamed',
      from: String(o.value),
      to: value,
    });
  };
  const moveBy = (index: number, delta: number) => {
    const to = index + delta;
    if (to < 0 || to >= options.length) return;
    onChange(move(options, index, to));
  };
  const add = () => {
    const text = `${itemLabel} ${options.length + 1}`;
    const taken = new Set(options.map((o) => String(o.value)));
    onChange([...options, { text, value: uniqueName(toName(text, 'option'), taken) }]);
  };

  return (
    <fieldset className="options-editor">
      <legend className="form-label">{legend}</legend>
      {options.length === 0 && (
        <p className="form-error">Add at least one {itemLabel.toLowerCase()}.</p>
      )}
      <ol className="options-editor__list">
        {options.map((o, index) => {
          const label = `${itemLabel} ${index + 1}`;
          const key = `${id}-${index}`;
          const reason = reasonFor(o);
          return (
            <li key={key} className="options-editor__item">
              <div className="options-editor__fields">
                <div>
                  <label className="form-label form-label--s" htmlFor={`${key}-text`}>
                    {label}: wording
                  </label>
                  <input
                    id={`${key}-text`}
                    className="form-input"
                    value={o.text}
                    readOnly={readOnly}
                    onChange={(e) => setText(index, e.target.value)}
                  />
                </div>
                <GuardedField
                  id={`${key}-value`}
                  label={`${label}: value stored`}
                  small
                  hint={reason}
                  value={String(o.value)}
                  readOnly={readOnly || Boolean(reason)}
                  problemOf={(typed) =>
                    !typed.trim()
                      ? 'Enter a value'
                      : othersThan(index).has(typed)
                        ? 'Another option already stores this value'
                        : undefined
                  }
                  onChange={(value) => setValue(index, value)}
                />
              </div>
              {!readOnly && (
                <div className="button-row">
                  <button
                    type="button"
                    className="small-button"
                    disabled={index === 0}
                    onClick={() => moveBy(index, -1)}
                  >
                    Move up<span className="visually-hidden">: {label}</span>
                  </button>
                  <button
                    type="button"
                    className="small-button"
                    disabled={index === options.length - 1}
                    onClick={() => moveBy(index, 1)}
                  >
                    Move down<span className="visually-hidden">: {label}</span>
                  </button>
                  {!reason && (
                    <button
                      type="button"
                      className="small-button small-button--warning"
                      onClick={() =>
                        onChange(
                          options.filter((_, i) => i !== index),
                          { kind: 'removed', value: String(o.value) },
                        )
                      }
                    >
                      Remove<span className="visually-hidden">: {label}</span>
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button type="button" className="button button--secondary" onClick={add}>
          Add {itemLabel.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}
