import { useState } from 'react';
import { IssueList } from '../pages/issue-list.tsx';
import { ConfirmInline } from './confirm-inline.tsx';
import type { SaveState } from './use-design.ts';

interface SaveBarProps {
  dirty: boolean;
  save: SaveState;
  readOnly: boolean;
  onSave(): void;
  /** The SurveyJS JSON alone, for SurveyJS's free online editor. */
  onExport(): void;
  /** The draft with its settings, which Import here reads back whole. */
  onExportWithSettings(): void;
  /** After a conflict: save this draft over the colleague's. */
  onSaveOver(): void;
  /** After a conflict: drop this draft's changes and load the colleague's. */
  onLoadTheirs(): void;
}

export function SaveBar(props: SaveBarProps) {
  const { dirty, save, readOnly, onSave, onExport } = props;
  const status =
    save.kind === 'saving'
      ? 'Saving…'
      : dirty
        ? 'You have unsaved changes.'
        : save.kind === 'saved'
          ? 'Draft saved. All changes are saved.'
          : 'No unsaved changes.';
  return (
    <>
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
          <button
            type="button"
            className="button button--secondary"
            aria-describedby="downloads-hint"
            onClick={onExport}
          >
            Download JSON
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-describedby="downloads-hint"
            onClick={props.onExportWithSettings}
          >
            Download with settings
          </button>
          <p
            className={dirty ? 'save-bar__status save-bar__status--dirty' : 'save-bar__status'}
            role="status"
          >
            {status}
          </p>
        </div>
        {save.kind === 'stale' && (
          <Conflict onSaveOver={props.onSaveOver} onLoadTheirs={props.onLoadTheirs} />
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
      <p className="form-hint save-bar__hint" id="downloads-hint">
        "Download JSON" gives the SurveyJS definition, to open in SurveyJS's free online editor. It
        leaves out the settings kept beside it: themes, permission to quote, the answers that count
        as agreeing, and page wording. "Download with settings" keeps them: import that file here to
        copy the whole questionnaire.
      </p>
    </>
  );
}

const CHOICES = {
  mine: {
    legend: 'Save your version over theirs?',
    yes: 'Yes, save mine over theirs',
    text: 'Save your version over theirs? The changes they saved will be lost, and approvals of the draft are cleared, as with every save.',
  },
  theirs: {
    legend: 'Load their version?',
    yes: 'Yes, load their version',
    text: 'Load their version? Your unsaved changes will be lost. You can download them first.',
  },
};

/** Someone saved meanwhile: keep these changes (over theirs) or load theirs, after confirming. */
function Conflict({ onSaveOver, onLoadTheirs }: Pick<SaveBarProps, 'onSaveOver' | 'onLoadTheirs'>) {
  const [choice, setChoice] = useState<keyof typeof CHOICES>();
  const asked = choice && CHOICES[choice];
  return (
    <div className="error-summary" role="alert">
      <h2 className="heading-m">Someone else saved this draft</h2>
      <p className="body">
        Another person saved a newer version of this draft after you opened it, so your changes have
        not been saved yet. Choose which version to keep.
      </p>
      {asked ? (
        <ConfirmInline
          legend={asked.legend}
          yes={asked.yes}
          no="No, go back"
          onYes={choice === 'mine' ? onSaveOver : onLoadTheirs}
          onNo={() => setChoice(undefined)}
        >
          <p className="body">{asked.text}</p>
        </ConfirmInline>
      ) : (
        <div className="button-group">
          <button type="button" className="button" onClick={() => setChoice('mine')}>
            Keep my changes
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setChoice('theirs')}
          >
            Load their version
          </button>
        </div>
      )}
    </div>
  );
}
