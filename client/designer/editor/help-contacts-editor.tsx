// "Where to get help", shown to parents after they send their answers: services, links, phones.
import type { HelpContact } from '../../../server/contracts.ts';

interface HelpContactsEditorProps {
  contacts: HelpContact[] | undefined;
  readOnly: boolean;
  onChange(contacts: HelpContact[] | undefined): void;
}

type Field = 'name' | 'description' | 'url' | 'phone';
const FIELDS: { key: Field; label: string; hint?: string }[] = [
  { key: 'name', label: 'Name of the service' },
  { key: 'description', label: 'What it helps with (optional)' },
  { key: 'url', label: 'Website (optional)', hint: 'Starting with https://' },
  { key: 'phone', label: 'Phone number (optional)' },
];

export function HelpContactsEditor({ contacts, readOnly, onChange }: HelpContactsEditorProps) {
  const list = contacts ?? [];
  const set = (index: number, field: Field, value: string) =>
    onChange(
      list.map((c, i) => {
        if (i !== index) return c;
        const next: HelpContact = { ...c, [field]: value };
        if (!value && field !== 'name') delete next[field];
        return next;
      }),
    );
  const remove = (index: number) => {
    const next = list.filter((_, i) => i !== index);
    onChange(next.length ? next : undefined);
  };
  const urlProblem = (url: string | undefined) =>
    url && !/^https?:\/\/\S+\.\S+/.test(url)
      ? 'Enter a full web address, starting with https://'
      : undefined;

  return (
    <fieldset className="fieldset form-group">
      <legend className="form-label">
        Where parents can get help (shown after they send their answers)
      </legend>
      <p className="form-hint">
        {list.length === 0
          ? 'The standard list of help contacts is used.'
          : 'These replace the standard list.'}
      </p>
      <ol className="options-editor__list">
        {list.map((contact, index) => {
          const id = `help-${index}`;
          const problem = urlProblem(contact.url);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id; fields are keyed by position.
            <li key={index} className="options-editor__item">
              <div className="options-editor__fields">
                {FIELDS.map(({ key, label, hint }) => (
                  <div
                    key={key}
                    className={key === 'url' && problem ? 'form-group--error' : undefined}
                  >
                    <label className="form-label form-label--s" htmlFor={`${id}-${key}`}>
                      Contact {index + 1}: {label}
                    </label>
                    {hint && (
                      <p className="form-hint form-hint--s" id={`${id}-${key}-hint`}>
                        {hint}
                      </p>
                    )}
                    {key === 'url' && problem && (
                      <p className="form-error" id={`${id}-url-error`}>
                        <span className="visually-hidden">Error:</span> {problem}
                      </p>
                    )}
                    <input
                      id={`${id}-${key}`}
                      className="form-input"
                      value={contact[key] ?? ''}
                      readOnly={readOnly}
                      aria-invalid={key === 'url' && problem ? true : undefined}
                      aria-describedby={
                        [
                          hint ? `${id}-${key}-hint` : '',
                          key === 'url' && problem ? `${id}-url-error` : '',
                        ]
                          .filter(Boolean)
                          .join(' ') || undefined
                      }
                      onChange={(e) => set(index, key, e.target.value)}
                    />
                  </div>
                ))}
              </div>
              {!readOnly && (
                <button
                  type="button"
                  className="small-button small-button--warning"
                  onClick={() => remove(index)}
                >
                  Remove<span className="visually-hidden"> contact {index + 1}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onChange([...list, { name: 'New contact' }])}
        >
          Add a help contact
        </button>
      )}
    </fieldset>
  );
}
