// One piece of wording side by side: the default language on the left, the box for the chosen
// language on the right, marked while it is still to translate.
import type { DesignSettings } from '../../../server/designer-contracts.ts';
import { htmlLang, textDirection } from '../../lib/ui-text.ts';
import type { DraftState } from '../editor/use-design.ts';
import { englishName } from './language-choices.ts';

/** What every list of wording in one language needs. */
export interface WordingListProps {
  settings: DesignSettings;
  locale: string;
  readOnly: boolean;
  /** Ids of the fields still to translate (missing.ts). */
  missing: Set<string>;
  /** False for fields hidden by "Show only wording not yet in ...". */
  shown(id: string): boolean;
  update(change: (draft: DraftState) => DraftState): void;
}

export interface TranslationRowProps {
  /** The box's id, also the target of "Go to the first" (see missing.ts). */
  id: string;
  /** What the wording is, e.g. "Question title". */
  part: string;
  /** Added to the label for screen readers where the part alone would repeat, e.g. "Message". */
  labelDetail?: string;
  locale: string;
  original: string;
  value: string;
  missing: boolean;
  /** Standard wording the language already has, shown while the box is empty. */
  standard?: string;
  /** Rows of the box; 1 is a single line. */
  rows?: number;
  readOnly: boolean;
  onChange(value: string): void;
}

export function TranslationRow(props: TranslationRowProps) {
  const { id, part, locale, original, value, missing, standard, rows = 2 } = props;
  const language = englishName(locale);
  const describedBy = [`${id}-en`, missing && `${id}-todo`, standard && `${id}-standard`]
    .filter(Boolean)
    .join(' ');
  const box = {
    id,
    className: 'form-input',
    lang: htmlLang(locale),
    dir: textDirection(locale),
    'aria-describedby': describedBy,
    value,
    readOnly: props.readOnly,
  };
  return (
    <div className="translations__row">
      <div className="translations__original">
        <p className="form-hint form-hint--s">{part} in English</p>
        <p className="body preserve-lines" id={`${id}-en`} lang="en">
          {original}
        </p>
      </div>
      <div className="translations__target">
        <label className="form-label form-label--s" htmlFor={id}>
          {part} in {language}
          {props.labelDetail && <span className="visually-hidden">: {props.labelDetail}</span>}
        </label>
        {missing && (
          <p className="translations__todo" id={`${id}-todo`}>
            Not yet in {language}
          </p>
        )}
        {standard && (
          <p className="form-hint form-hint--s" id={`${id}-standard`}>
            Standard {language} wording: {standard}
          </p>
        )}
        {rows > 1 ? (
          <textarea {...box} rows={rows} onChange={(e) => props.onChange(e.target.value)} />
        ) : (
          <input {...box} onChange={(e) => props.onChange(e.target.value)} />
        )}
      </div>
    </div>
  );
}
