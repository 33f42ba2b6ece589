import '../publish/panels.css';
import { useEffect, useRef, useState } from 'react';
import type { CodebookDetail } from '../../../server/designer-contracts.ts';
import { formatLondonDate } from '../../lib/london-date.ts';
import { suggestedThemeFrom } from '../../lib/suggested-theme.ts';
import { explainFailure } from '../publish/explain-failure.ts';
import { ProblemBox } from '../publish/problem-box.tsx';
import { useCanChange } from '../publish/use-can-change.ts';
import { useReload } from '../publish/use-reload.ts';
import { CodebookEditor } from './codebook-editor.tsx';
import { fetchCodebook, fetchCodebookList } from './codebooks-api.ts';

export const CODEBOOKS_PATH = '/designer/codebooks';
const codebookPath = (key: string) => `${CODEBOOKS_PATH}/${encodeURIComponent(key)}`;

function keyFromAddress(): string | undefined {
  if (typeof window === 'undefined') return undefined;
  const match = /^\/designer\/codebooks\/([^/]+)\/?$/.exec(window.location.pathname);
  try {
    return match?.[1] ? decodeURIComponent(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function CodebookList() {
  const [list] = useReload(fetchCodebookList, 'list');
  return (
    <>
      <h1 className="heading-xl">Themes (codebooks)</h1>
      <p className="body">
        A codebook lists the themes that parents' written answers are tagged with, and the words
        that show each theme. Open one to change its themes or add a new one.
      </p>
      {list.kind === 'loading' ? (
        <p className="body delayed-appear">Loading the codebooks…</p>
      ) : !list.ok ? (
        <ProblemBox problem={explainFailure(list, 'load the codebooks')} focus={false} />
      ) : list.value.length === 0 ? (
        <p className="body">There are no codebooks yet.</p>
      ) : (
        <ul className="survey-list">
          {list.value.map((c) => (
            <li className="survey-list__item" key={c.key}>
              <a className="survey-list__link" href={codebookPath(c.key)}>
                {c.name}
              </a>
              <p className="body-s">
                {c.themes} themes. Version {c.version}, changed {formatLondonDate(c.updatedAt)}.
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function OneCodebook({ codebookKey }: { codebookKey: string }) {
  const [loaded] = useReload(() => fetchCodebook(codebookKey), codebookKey);
  const [saved, setSaved] = useState<CodebookDetail>();
  const canChange = useCanChange();
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) note.current?.focus();
  }, [saved]);
  const detail = saved ?? (loaded.kind === 'ok' ? loaded.value : undefined);
  const name = typeof detail?.document.name === 'string' ? detail.document.name : codebookKey;
  return (
    <>
      <a className="back-link" href={CODEBOOKS_PATH}>
        All codebooks
      </a>
      <h1 className="heading-xl">{name}</h1>
      <p
        className={saved ? 'body designer-done' : 'visually-hidden'}
        role="status"
        tabIndex={-1}
        ref={note}
      >
        {saved &&
          `Saved as version ${saved.version}. Answers already given are being tagged again with these themes in the background.`}
      </p>
      {detail ? (
        <CodebookEditor
          key={detail.version}
          detail={detail}
          canChange={canChange}
          onSaved={(next) => {
            // A suggested theme is saved now: reloading the page should not suggest it again.
            if (window.location.search)
              window.history.replaceState(null, '', codebookPath(codebookKey));
            setSaved(next);
          }}
          suggested={saved ? undefined : suggestedThemeFrom(window.location.search)}
        />
      ) : loaded.kind === 'loading' ? (
        <p className="body delayed-appear">Loading the codebook…</p>
      ) : (
        !loaded.ok && (
          <ProblemBox problem={explainFailure(loaded, 'load this codebook')} focus={false} />
        )
      )}
    </>
  );
}

/** /designer/codebooks lists the codebooks; /designer/codebooks/<key> edits one. */
export function CodebooksPage() {
  const key = keyFromAddress();
  return key ? <OneCodebook codebookKey={key} /> : <CodebookList />;
}
