import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLoad } from '../../officer/use-load.ts';
import { createSurvey, fetchTemplates, type NewSurvey } from '../designer-api.ts';
import { type Account, DesignerLayout } from '../designer-layout.tsx';
import { editorPath, HOME_PATH } from '../designer-routes.ts';
import { toName } from '../editor/survey-json.ts';
import { type IssueLine, IssueList, issueLines } from './issue-list.tsx';
import { readJsonText } from './read-json.ts';

const toSlug = (title: string) =>
  toName(title, 'survey').replace(/_/g, '-').slice(0, 60).replace(/-+$/, '');

export function NewSurveyPage({ account }: { account: Account }) {
  const templates = useLoad(fetchTemplates, 'templates');
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [start, setStart] = useState('blank');
  const [pasted, setPasted] = useState('');
  const [issues, setIssues] = useState<IssueLine[]>([]);
  const [intro, setIntro] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (issues.length > 0) summary.current?.focus();
  }, [issues]);

  async function readFile(file: File | undefined) {
    if (file) setPasted(await file.text());
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const series = String(form.get('series') ?? '').trim();
    const problems: IssueLine[] = [];
    if (!title.trim())
      problems.push({ key: 'title', message: 'Enter a title for the questionnaire' });
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length < 2) {
      problems.push({
        key: 'slug',
        message: 'Enter a web address of lower-case letters, numbers and single hyphens',
      });
    }
    if (series && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(series)) {
      problems.push({
        key: 'series',
        message: 'Enter a series name of lower-case letters, numbers and single hyphens',
      });
    }
    const body: NewSurvey = {
      slug,
      title: title.trim(),
      requiresApproval: form.get('requiresApproval') === 'on',
      ...(series ? { series } : {}),
    };
    if (start === 'import') {
      const read = readJsonText(pasted);
      if (read.ok) {
        body.json = read.json;
        if (read.settings) body.settings = read.settings;
      } else problems.push({ key: 'json', message: read.message });
    } else {
      body.template = start;
    }
    setIntro(undefined);
    if (problems.length > 0) return setIssues(problems);
    setBusy(true);
    const result = await createSurvey(body);
    setBusy(false);
    if (result.ok) {
      window.location.assign(editorPath(result.value.survey.slug));
      return;
    }
    if (result.kind === 'rejected') {
      const details = issueLines(result.details);
      setIntro(details.length > 0 ? result.message : undefined);
      setIssues(details.length > 0 ? details : [{ key: 'server', message: result.message }]);
    } else {
      setIssues([
        { key: 'server', message: 'Sorry, the questionnaire could not be created. Try again.' },
      ]);
    }
  }

  const templateList = templates.kind !== 'loading' && templates.ok ? templates.value : [];
  return (
    <DesignerLayout
      title={issues.length ? 'Error: Create a questionnaire' : 'Create a questionnaire'}
      account={account}
    >
      <p className="body">
        <a className="back-link" href={HOME_PATH}>
          Back to questionnaires
        </a>
      </p>
      {issues.length > 0 && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summary}
          aria-labelledby="create-problems"
        >
          <h2 className="heading-m" id="create-problems">
            There is a problem
          </h2>
          {intro && <p className="body">{intro}</p>}
          <IssueList issues={issues} />
        </div>
      )}
      <h1 className="heading-xl">Create a questionnaire</h1>
      <form onSubmit={submit} noValidate className="designer-form">
        <div className="form-group">
          <label className="form-label" htmlFor="title">
            Title
          </label>
          <p className="form-hint" id="title-hint">
            Parents see this at the top of every page, for example "Your experience of EHC plans".
          </p>
          <input
            className="form-input"
            id="title"
            value={title}
            aria-describedby="title-hint"
            onChange={(e) => {
              setTitle(e.target.value);
              if (!slugEdited) setSlug(toSlug(e.target.value));
            }}
          />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="slug">
            Web address
          </label>
          <p className="form-hint" id="slug-hint">
            Parents open the questionnaire at /s/{slug || 'web-address'}. It cannot be changed
            later.
          </p>
          <input
            className="form-input"
            id="slug"
            value={slug}
            spellCheck={false}
            aria-describedby="slug-hint"
            onChange={(e) => {
              setSlug(e.target.value);
              setSlugEdited(true);
            }}
          />
        </div>
        <fieldset className="form-group fieldset">
          <legend className="form-label">Start from</legend>
          <Radio
            name="start"
            value="blank"
            checked={start === 'blank'}
            onChange={setStart}
            label="A blank questionnaire"
          />
          {templateList
            .filter((t) => t.slug !== 'blank')
            .map((t) => (
              <Radio
                key={t.slug}
                name="start"
                value={t.slug}
                checked={start === t.slug}
                onChange={setStart}
                label={`A copy of "${t.title}"`}
              />
            ))}
          <Radio
            name="start"
            value="import"
            checked={start === 'import'}
            onChange={setStart}
            label="SurveyJS JSON (for example from SurveyJS's free online editor)"
          />
        </fieldset>
        {start === 'import' && (
          <div className="form-group">
            <label className="form-label" htmlFor="import-file">
              Choose a JSON file
            </label>
            <p className="form-hint" id="import-file-hint">
              A file from "Download with settings" brings its themes, permission to quote and
              agreement settings too.
            </p>
            <input
              id="import-file"
              type="file"
              accept=".json,application/json"
              aria-describedby="import-file-hint"
              className="file-input"
              onChange={(e) => void readFile(e.target.files?.[0])}
            />
            <label className="form-label designer-form__then" htmlFor="import-json">
              Or paste the JSON
            </label>
            <textarea
              id="import-json"
              className="form-input json-input"
              rows={12}
              spellCheck={false}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
          </div>
        )}
        <div className="form-group">
          <label className="form-label" htmlFor="series">
            Series (optional)
          </label>
          <p className="form-hint" id="series-hint">
            Questionnaires repeated over time share a series, such as "confidence", so their answers
            can be compared.
          </p>
          <input
            className="form-input"
            id="series"
            name="series"
            spellCheck={false}
            aria-describedby="series-hint"
          />
        </div>
        <div className="form-group designer-check">
          <input id="requiresApproval" name="requiresApproval" type="checkbox" defaultChecked />
          <label htmlFor="requiresApproval">
            An officer and a member of the parent carer forum must both approve it before it is
            published
          </label>
        </div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Creating…' : 'Create questionnaire'}
        </button>
      </form>
    </DesignerLayout>
  );
}

interface RadioProps {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  onChange(value: string): void;
}

function Radio({ name, value, checked, label, onChange }: RadioProps) {
  const id = `${name}-${value}`;
  return (
    <div className="designer-radio">
      <input
        id={id}
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
