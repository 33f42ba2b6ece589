import { type Json, text, updatePage } from './survey-json.ts';
import type { DraftState } from './use-design.ts';

interface PageFieldsProps {
  index: number;
  page: Json;
  readOnly: boolean;
  update(change: (draft: DraftState) => DraftState): void;
}

/** A page's heading and introduction, as parents see them above its questions. */
export function PageFields({ index, page, readOnly, update }: PageFieldsProps) {
  const set = (key: string, value: string) =>
    update((d) => ({ ...d, json: updatePage(d.json, index, { [key]: value || undefined }) }));
  return (
    <details className="page-fields">
      <summary>Page heading and introduction</summary>
      <div className="form-group">
        <label className="form-label form-label--s" htmlFor={`page-${index}-title`}>
          Page heading
        </label>
        <input
          id={`page-${index}-title`}
          className="form-input"
          value={text(page, 'title')}
          readOnly={readOnly}
          onChange={(e) => set('title', e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="form-label form-label--s" htmlFor={`page-${index}-description`}>
          Introduction (optional)
        </label>
        <textarea
          id={`page-${index}-description`}
          className="form-input"
          rows={2}
          value={text(page, 'description')}
          readOnly={readOnly}
          onChange={(e) => set('description', e.target.value)}
        />
      </div>
    </details>
  );
}
