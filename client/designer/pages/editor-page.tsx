// One questionnaire in the designer: the form editor, settings, JSON, publishing and sharing,
// with the live preview beside them.
import { useEffect, useState } from 'react';
import { type Account, canEdit, DesignerLayout } from '../designer-layout.tsx';
import { HOME_PATH } from '../designer-routes.ts';
import { download, withSettings } from '../editor/downloads.ts';
import { JsonView } from '../editor/json-view.tsx';
import { QuestionList } from '../editor/question-list.tsx';
import { SaveBar } from '../editor/save-bar.tsx';
import { SurveySettings } from '../editor/survey-settings.tsx';
import { type Tab, Tabs } from '../editor/tabs.tsx';
import { useDesign } from '../editor/use-design.ts';
import { LanguagesPanel } from '../languages/languages-panel.tsx';
import { type FrameSize, Preview } from '../preview/preview.tsx';
import { PublishPanel } from '../publish/publish-panel.tsx';
import { SharePanel } from '../sharing/share-panel.tsx';
import { LoadProblem } from './problem-page.tsx';

type TabKey = 'questions' | 'settings' | 'languages' | 'json' | 'publish' | 'share';
const TABS: Tab<TabKey>[] = [
  { key: 'questions', label: 'Questions' },
  { key: 'settings', label: 'Settings and wording' },
  { key: 'languages', label: 'Languages' },
  { key: 'json', label: 'Advanced: JSON' },
  { key: 'publish', label: 'Checks and publishing' },
  { key: 'share', label: 'Share' },
];
/** A link may open a tab (the sign-off requests link to the checks): `?tab=publish`. */
const tabInAddress = (): TabKey =>
  TABS.find((t) => t.key === new URLSearchParams(window.location.search).get('tab'))?.key ??
  'questions';
const STATUS = { draft: 'Draft: never published', open: 'Published', closed: 'Closed' } as const;

export function EditorPage({ account, slug }: { account: Account; slug: string }) {
  const { load, draft, dirty, save, saveNow, saveOverTheirs, update, reload, refresh } =
    useDesign(slug);
  const [show, setShow] = useState<{ name: string; seq: number }>();
  const [tab, setTab] = useState<TabKey>(tabInAddress);
  const [frame, setFrame] = useState<FrameSize>('phone');
  const readOnly = !canEdit(account.user);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 's' && !readOnly) {
        event.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [saveNow, readOnly]);

  if (load.kind !== 'loading' && load.kind !== 'loaded')
    return <LoadProblem failure={load} account={account} />;
  if (load.kind === 'loading' || !draft) {
    return (
      <DesignerLayout title="Loading" account={account}>
        <p className="body delayed-appear">Loading the questionnaire…</p>
      </DesignerLayout>
    );
  }
  const { survey } = load.design;
  const showPreview = tab === 'questions' || tab === 'settings' || tab === 'json';

  return (
    <DesignerLayout title={draft.title || survey.title} account={account}>
      <p className="body">
        <a className="back-link" href={HOME_PATH}>
          Back to questionnaires
        </a>
      </p>
      <h1 className="heading-xl editor-title">{draft.title || survey.title}</h1>
      <p className="body editor-facts">
        <strong className="tag">{STATUS[survey.status]}</strong>{' '}
        {survey.currentVersion !== null && <>Version {survey.currentVersion} is live. </>}
        Parents answer at <code className="code">/s/{survey.slug}</code>.
        {survey.requiresApproval &&
          ' Needs approval by an officer and a forum member before publishing.'}
      </p>
      {readOnly && (
        <p className="inset body">
          You can look at this questionnaire. To change it you need a designer account.
        </p>
      )}
      <SaveBar
        dirty={dirty}
        save={save}
        readOnly={readOnly}
        onSave={() => void saveNow()}
        onExport={() => download(`${survey.slug}.json`, draft.json)}
        onExportWithSettings={() =>
          download(`${survey.slug}-with-settings.json`, withSettings(draft))
        }
        onSaveOver={() => void saveOverTheirs()}
        onLoadTheirs={reload}
      />
      {load.warnings.length > 0 && (
        <details className="warning-box">
          <summary>
            SurveyJS warnings from the last save ({load.warnings.length}): parts of the definition
            it ignores
          </summary>
          <ul className="list">
            {load.warnings.map((w) => (
              <li key={`${w.question ?? ''}:${w.message}`}>
                {w.question && <strong>{w.question}: </strong>}
                {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Tabs<TabKey> label="Parts of the designer" tabs={TABS} selected={tab} onSelect={setTab}>
        <div className={`editor-layout editor-layout--${showPreview ? frame : 'none'}`}>
          <div className="editor-layout__main">
            {showPreview && (
              <h2 className="visually-hidden">{TABS.find((t) => t.key === tab)?.label}</h2>
            )}
            {tab === 'questions' && (
              <QuestionList
                draft={draft}
                published={load.published}
                readOnly={readOnly}
                update={update}
                show={show}
              />
            )}
            {tab === 'settings' && (
              <SurveySettings draft={draft} readOnly={readOnly} update={update} />
            )}
            {tab === 'languages' && (
              <LanguagesPanel draft={draft} survey={survey} readOnly={readOnly} update={update} />
            )}
            {tab === 'json' && (
              <JsonView
                json={draft.json}
                readOnly={readOnly}
                onChange={(json) => update((d) => ({ ...d, json }))}
              />
            )}
            {tab === 'publish' && (
              <>
                {dirty && (
                  <p className="inset body">
                    You have unsaved changes. Publishing uses the saved draft, so save first.
                  </p>
                )}
                <PublishPanel
                  slug={slug}
                  onChanged={refresh}
                  onShowQuestion={(name) => {
                    setShow({ name, seq: (show?.seq ?? 0) + 1 });
                    setTab('questions');
                  }}
                />
              </>
            )}
            {tab === 'share' && <SharePanel slug={slug} />}
          </div>
          {showPreview && (
            <div className="editor-layout__preview">
              <Preview draft={draft} survey={survey} frame={frame} onFrame={setFrame} />
            </div>
          )}
        </div>
      </Tabs>
    </DesignerLayout>
  );
}
