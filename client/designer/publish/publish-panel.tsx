import './panels.css';
import { type ReactNode, useMemo } from 'react';
import { ChecksList } from './checks-list.tsx';
import { explainFailure } from './explain-failure.ts';
import { Notice, useNotice } from './notice.tsx';
import { ProblemBox } from './problem-box.tsx';
import { incompleteLanguages, PublishActions } from './publish-actions.tsx';
import { fetchApprovals, fetchChecks, fetchDesign, fetchVersions } from './publish-api.ts';
import { questionTitles } from './question-titles.ts';
import { SignOff } from './sign-off.tsx';
import { usePermissions } from './use-can-change.ts';
import { useReload } from './use-reload.ts';
import { VersionHistory } from './version-history.tsx';

interface PublishPanelProps {
  slug: string;
  /** Called after anything here changed the survey (published, closed, approved, dates). */
  onChanged?: () => void;
  /** Shows a question a check is about in the editor. */
  onShowQuestion?: (name: string) => void;
}

/** Checks, co-production sign-off, dates, publishing and closing, and the published versions. */
export function PublishPanel({ slug, onChanged, onShowQuestion }: PublishPanelProps) {
  const [design, reloadDesign] = useReload(() => fetchDesign(slug), slug);
  const [checks, reloadChecks] = useReload(() => fetchChecks(slug), slug);
  const [approvals, reloadApprovals] = useReload(() => fetchApprovals(slug), slug);
  const [versions, reloadVersions] = useReload(() => fetchVersions(slug), slug);
  const draftJson = design.kind === 'ok' ? design.value.draft?.json : undefined;
  const titles = useMemo(() => questionTitles(draftJson), [draftJson]);

  const [notice, setNotice] = useNotice(slug);
  const { canChange, canWaiveSignOff, canApprove, canAskForSignOff } = usePermissions();
  const clearNotice = () => setNotice(undefined);

  function changed(text: string) {
    setNotice(text);
    reloadDesign();
    reloadChecks();
    reloadApprovals();
    reloadVersions();
    onChanged?.();
  }

  let body: ReactNode;
  if (design.kind === 'loading') {
    body = <p className="body delayed-appear">Loading the publishing checks…</p>;
  } else if (!design.ok) {
    body = <ProblemBox problem={explainFailure(design, 'load this survey')} focus={false} />;
  } else {
    const { survey, draft } = design.value;
    const approvalList = approvals.kind === 'ok' ? approvals.value : design.value.approvals;
    body = (
      <>
        {checks.kind === 'loading' ? (
          <p className="body delayed-appear">Checking the draft…</p>
        ) : checks.ok ? (
          <ChecksList checks={checks.value} titles={titles} onShowQuestion={onShowQuestion} />
        ) : (
          <ProblemBox problem={explainFailure(checks, 'check the draft')} focus={false} />
        )}
        <SignOff
          slug={slug}
          revision={draft?.revision}
          requiresApproval={survey.requiresApproval}
          approvals={approvalList}
          approvalsNeeded={checks.kind === 'ok' ? checks.value.approvalsNeeded : []}
          canChange={canChange}
          canWaive={canWaiveSignOff}
          canApprove={canApprove}
          canAsk={canAskForSignOff}
          onStart={clearNotice}
          onChanged={changed}
        />
        <PublishActions
          slug={slug}
          survey={survey}
          canChange={canChange}
          incompleteLanguages={checks.kind === 'ok' ? incompleteLanguages(checks.value.issues) : []}
          onStart={clearNotice}
          onChanged={changed}
        />
        {versions.kind === 'ok' && (
          <VersionHistory versions={versions.value} current={survey.currentVersion} />
        )}
      </>
    );
  }

  return (
    <section className="designer-panel" aria-labelledby="publish-heading">
      <h2 className="heading-l" id="publish-heading">
        Check and publish
      </h2>
      <Notice text={notice} />
      {body}
    </section>
  );
}
