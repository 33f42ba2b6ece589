import { IssueList } from '../pages/issue-list.tsx';
import type { SaveState } from './use-design.ts';

interface SaveBarProps {
  dirty: boolean;
  save: SaveState;
  readOnly: boolean;
  onSave(): void;
  onExport(): void;
}

export function SaveBar({ dirty, save, readOnly, onSave, onExport }: SaveBarProps) {
  const status =
    save.kind === 'saving'
      ? 'Saving…'
      : dirty
        ? 'You have unsaved changes.'
        : save.kind === 'saved'
          ? 'Draft saved. All changes are saved.'
          : 'No unsaved changes.';
  return (
    <div className="save-bar">
      <div className="save-bar__row">
        {!readOnly && (
          <button
            type="button"
            className="button"
            disabled={save.kind === 'saving'}
            onClick={onSave}
          >
            Save draft
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onExport}>
          Download JSON
        </button>
        <p
          className={dirty ? 'save-bar__status save-bar__status--dirty' : 'save-bar__status'}
          role="status"
        >
          {status}
        </p>
      </div>
      {save.kind === 'stale' && (
        <div className="error-summary" role="alert">
          <h2 className="heading-m">Someone else saved this draft</h2>
          <p className="body">
            Another person saved a newer version of this draft after you opened it, so your changes
            have not been saved. Download your JSON to keep your work, then reload the page to see
            their version.
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => window.location.reload()}
          >
            Reload the page
          </button>
        </div>
      )}
      {save.kind === 'invalid' && (
        <div className="error-summary" role="alert">
          <h2 className="heading-m">The draft was not saved</h2>
          <p className="body">{save.message}</p>
          {save.issues.length > 0 && <IssueList issues={save.issues} />}
          <p className="body">Fix these, then save again.</p>
        </div>
      )}
      {save.kind === 'failed' && (
        <div className="error-summary" role="alert">
          <p className="body">{save.message}</p>
        </div>
      )}
    </div>
  );
}
