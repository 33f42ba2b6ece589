import type { CodebookPreview } from '../../../server/designer-contracts.ts';
import { formatCount, plural } from '../../officer/format.ts';

/** What the edited codebook would tag differently among answers already given. */
export function PreviewResult({ preview }: { preview: CodebookPreview }) {
  const changed = preview.themes.filter((t) => t.added > 0 || t.removed > 0);
  const checked = `Checked ${plural(preview.answersChecked, 'answer', 'answers')}${preview.capped ? ' (the most recent ones only)' : ''}.`;
  return (
    <section className="designer-section" aria-labelledby="preview-heading">
      <h2 className="heading-m" id="preview-heading" tabIndex={-1}>
        What your changes would do
      </h2>
      <p className="body">
        {checked}{' '}
        {changed.length === 0
          ? 'Your changes would not tag or untag any of them.'
          : `${plural(changed.length, 'theme', 'themes')} would change. Nothing is changed until you save.`}
      </p>
      {changed.map((theme) => (
        <div className="preview-theme" key={theme.id}>
          <h3 className="heading-s">{theme.label}</h3>
          <p className="body">
            Would tag {formatCount(theme.added)} more {theme.added === 1 ? 'answer' : 'answers'} and
            untag {formatCount(theme.removed)}.
          </p>
          {theme.examples.length > 0 && (
            <ul className="list preview-examples" aria-label={`Examples for ${theme.label}`}>
              {theme.examples.map((example, index) => (
                <li
                  // Examples may repeat word for word; their order is all that tells them apart.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                  key={index}
                  className={`preview-example preview-example--${example.change}`}
                >
                  <strong>
                    {example.change === 'added' ? 'Newly tagged: ' : 'No longer tagged: '}
                  </strong>
                  {example.text}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
