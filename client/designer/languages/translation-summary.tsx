// How much of a language is still to do, section by section, with a way to go straight to the
// first gap and to hide what is done.
import { plural } from '../../officer/format.ts';
import type { Section } from './missing.ts';

interface TranslationSummaryProps {
  language: string;
  missing: Record<Section, string[]>;
  onlyMissing: boolean;
  onOnlyMissing(only: boolean): void;
}

const SECTIONS: { key: Section; label: string }[] = [
  { key: 'questions', label: 'The questions' },
  { key: 'page', label: 'Before and after the questions' },
  { key: 'messages', label: 'Buttons and messages' },
];

/** Opens the folded part the field is in, then moves to it. */
function goTo(id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  const folded = field.closest('details');
  if (folded) folded.open = true;
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

export function TranslationSummary(props: TranslationSummaryProps) {
  const { language, missing, onlyMissing, onOnlyMissing } = props;
  const total = SECTIONS.reduce((sum, { key }) => sum + missing[key].length, 0);
  return (
    <div className="translations__summary">
      {total === 0 ? (
        <p className="body">Everything parents read is in {language}.</p>
      ) : (
        <>
          <p className="body">
            <strong>{plural(total, 'piece of wording', 'pieces of wording')}</strong> not yet in{' '}
            {language}. Where a box is empty, parents see the English.
          </p>
          <ul className="translations__counts">
            {SECTIONS.filter(({ key }) => missing[key].length > 0).map(({ key, label }) => (
              <li key={key}>
                {label}: {missing[key].length}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => goTo(missing[key][0] ?? '')}
                >
                  Go to the first<span className="visually-hidden"> in {label.toLowerCase()}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="designer-check">
        <input
          id="only-missing"
          type="checkbox"
          checked={onlyMissing}
          onChange={(e) => onOnlyMissing(e.target.checked)}
        />
        <label htmlFor="only-missing">Show only wording not yet in {language}</label>
      </div>
    </div>
  );
}
