import { useState } from 'react';
import type { CodebookDetail, CodebookPreview } from '../../../server/designer-contracts.ts';
import { plural } from '../../officer/format.ts';
import { type Explanation, explainFailure } from '../publish/explain-failure.ts';
import { ProblemBox } from '../publish/problem-box.tsx';
import {
  type CodebookForm,
  describeProblem,
  documentFromForm,
  formFromDocument,
  formProblems,
  newTheme,
  withSuggestedTheme,
} from './codebook-form.ts';
import { previewCodebook, saveCodebook } from './codebooks-api.ts';
import { PreviewResult } from './preview-result.tsx';
import { ThemeFields } from './theme-fields.tsx';
import { useLeaveWarning } from './use-leave-warning.ts';

function explain(
  form: CodebookForm,
  failure: Parameters<typeof explainFailure>[0],
  doing: string,
): Explanation {
  const explained = explainFailure(failure, doing);
  if (failure.kind !== 'rejected') return explained;
  const items = (failure.details ?? []).flatMap((d) => describeProblem(form, d) ?? []);
  if (failure.code === 'codebook_changed')
    return { ...explained, title: 'Someone else saved this codebook' };
  return { ...explained, title: `Could not ${doing}`, items };
}

/** Edit themes and keywords, see which answers the change would tag, then save a new version. */
export function CodebookEditor({
  detail,
  canChange,
  onSaved,
  suggested,
}: {
  detail: CodebookDetail;
  /** A theme an officer suggested from answers no theme matched: added, open, not yet saved. */
  suggested?: { label: string; keywords: string[] };
  /** False for officers, who may read the codebook but not change it. */
  canChange: boolean;
  onSaved: (saved: CodebookDetail) => void;
}) {
  const [form, setForm] = useState(() => {
    const stored = formFromDocument(detail.document);
    return suggested && canChange ? withSuggestedTheme(stored, suggested) : stored;
  });
  const [fresh, setFresh] = useState(() =>
    suggested && canChange ? form.themes.at(-1)?.key : undefined,
  );
  const [preview, setPreview] = useState<CodebookPreview>();
  const [problem, setProblem] = useState<Explanation>();
  const [busy, setBusy] = useState(false);
  // Marks bad keyword lines once a preview or save has been refused for them, not while typing.
  const [checked, setChecked] = useState(false);

  // Saving mounts a fresh editor (its key is the version), which starts with nothing unsaved.
  const [unsaved, setUnsaved] = useState(Boolean(suggested && canChange));
  useLeaveWarning(unsaved);

  function edit(next: CodebookForm) {
    setForm(next);
    setUnsaved(true);
    setPreview(undefined);
  }

  /** Says what to fix first, if anything, so nothing doomed is sent. */
  function checkFirst(doing: string): boolean {
    const items = formProblems(form);
    if (items.length === 0) return true;
    setChecked(true);
    setProblem({ title: `Fix these before you ${doing}`, message: 'Then try again.', items });
    return false;
  }

  async function runPreview() {
    if (!checkFirst('preview')) return;
    setBusy(true);
    setProblem(undefined);
    const result = await previewCodebook(detail.key, documentFromForm(form));
    setBusy(false);
    if (!result.ok) return setProblem(explain(form, result, 'preview the changes'));
    setPreview(result.value);
    requestAnimationFrame(() => document.getElementById('preview-heading')?.focus());
  }

  async function save() {
    if (!checkFirst('save')) return;
    setBusy(true);
    setProblem(undefined);
    const result = await saveCodebook(detail.key, documentFromForm(form), detail.version);
    setBusy(false);
    if (!result.ok) return setProblem(explain(form, result, 'save the codebook'));
    onSaved(result.value);
  }

  const replace = (index: number, theme: CodebookForm['themes'][number]) =>
    edit({ ...form, themes: form.themes.map((t, i) => (i === index ? theme : t)) });

  const intro = (
    <p className="body">
      Version {detail.version}, {plural(form.themes.length, 'theme', 'themes')}. Open a theme to see
      its words and phrases, and how to write them.
    </p>
  );
  if (!canChange) {
    return (
      <>
        {intro}
        <p className="inset">Only designers can change codebooks.</p>
        {form.themes
          .filter((theme) => !theme.isNew)
          .map((theme) => (
            <ThemeFields key={theme.key} theme={theme} onChange={() => {}} readOnly />
          ))}
      </>
    );
  }

  return (
    <>
      {intro}
      {form.themes.map((theme, index) => (
        <ThemeFields
          key={theme.key}
          theme={theme}
          fresh={theme.key === fresh}
          showProblems={checked}
          onChange={(t) => replace(index, t)}
          onRemove={
            theme.isNew
              ? () => edit({ ...form, themes: form.themes.filter((_, i) => i !== index) })
              : undefined
          }
        />
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const theme = newTheme();
          setFresh(theme.key);
          edit({ ...form, themes: [...form.themes, theme] });
        }}
      >
        Add a theme
      </button>
      <div className="inset">
        <p className="body">
          Preview your changes before saving: you will see which answers already given would be
          tagged or untagged, theme by theme. Saving makes a new version and tags every answer
          again.
        </p>
      </div>
      {problem && <ProblemBox problem={problem} />}
      {preview && <PreviewResult preview={preview} />}
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={runPreview}
        >
          Preview changes
        </button>
        <button type="button" className="button" disabled={busy} onClick={save}>
          Save
        </button>
      </div>
    </>
  );
}
