// A list of options (choices, statements or scale points): wording, the value stored, order.
import { LOCKED_VALUE_REASON } from './locks.ts';
import { applyPatch, isRecord, type Json, text, toName, uniqueName } from './survey-json.ts';

export interface Option {
  value: string | number;
  text: string;
}

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

/** Options back into the definition, keeping what the form does not show (translations...). */
export function writeOptions(before: unknown, options: Option[]): unknown[] {
  const old = new Map<string, Json>();
  for (const item of Array.isArray(before) ? before : [])
    if (isRecord(item)) old.set(String(item.value), item);
  return options.map((option) => {
    const previous = old.get(String(option.value));
    return previous ? applyPatch(previous, { ...option }) : option;
  });
}

interface OptionsEditorProps {
  id: string;
  legend: string;
  itemLabel: string;
  options: Option[];
  locked: Set<string>;
  readOnly: boolean;
  onChange(options: Option[]): void;
}

export function OptionsEditor(props: OptionsEditorProps) {
  const { id, legend, itemLabel, options, locked, readOnly, onChange } = props;
  const isLocked = (o: Option) => locked.has(String(o.value));
  const taken = () => new Set(options.map((o) => String(o.value)));

  function setText(index: number, text: string) {
    onChange(
      options.map((o, i) => {
        if (i !== index) return o;
        // A value that still follows its wording keeps following it until answers exist.
        const follows = !isLocked(o) && (o.value === toName(o.text, 'option') || o.value === '');
        if (!follows) return { ...o, text };
        const others = new Set([...taken()].filter((v) => v !== String(o.value)));
        return { text, value: uniqueName(toName(text, 'option'), others) };
      }),
    );
  }
  const setValue = (index: number, value: string) =>
    onChange(options.map((o, i) => (i === index ? { ...o, value } : o)));
  const moveBy = (index: number, delta: number) => {
    const to = index + delta;
    if (to < 0 || to >= options.length) return;
    const copy = [...options];
    const [item] = copy.splice(index, 1);
    if (item) copy.splice(to, 0, item);
    onChange(copy);
  };
  const add = () => {
    const text = `${itemLabel} ${options.length + 1}`;
    onChange([...options, { text, value: uniqueName(toName(text, 'option'), taken()) }]);
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
                <div>
                  <label className="form-label form-label--s" htmlFor={`${key}-value`}>
                    {label}: value stored
                  </label>
                  <input
                    id={`${key}-value`}
                    className="form-input form-input--code"
                    value={String(o.value)}
                    spellCheck={false}
                    readOnly={readOnly || isLocked(o)}
                    aria-describedby={isLocked(o) ? `${key}-locked` : undefined}
                    onChange={(e) => setValue(index, e.target.value)}
                  />
                  {isLocked(o) && (
                    <p className="form-hint form-hint--s" id={`${key}-locked`}>
                      {LOCKED_VALUE_REASON}
                    </p>
                  )}
                </div>
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
                  {!isLocked(o) && (
                    <button
                      type="button"
                      className="small-button small-button--warning"
                      onClick={() => onChange(options.filter((_, i) => i !== index))}
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
