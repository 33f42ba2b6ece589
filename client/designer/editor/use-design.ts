// Loads a survey's draft for editing and saves it back, tracking what is unsaved.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type {
  DesignIssue,
  DesignSettings,
  SurveyDesign,
} from '../../../server/designer-contracts.ts';
import { type Failure, fetchDesign, fetchPublished, saveDraft } from '../designer-api.ts';
import { type IssueLine, issueLines } from '../pages/issue-list.tsx';
import { type Published, publishedLocks } from './locks.ts';
import type { Json } from './survey-json.ts';

export interface DraftState {
  json: Json;
  settings: DesignSettings;
  title: string;
  series: string | null;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'stale' }
  | { kind: 'invalid'; message: string; issues: IssueLine[] }
  | { kind: 'failed'; message: string };

type Loaded = {
  kind: 'loaded';
  design: SurveyDesign;
  published: Published;
  revision?: number;
  saved: string;
  warnings: DesignIssue[];
};
type LoadState = { kind: 'loading' } | ({ ok: false } & Failure) | Loaded;

export const DEFAULT_SETTINGS: DesignSettings = {
  themedQuestions: [],
  codebook: 'send-default',
  positiveOptions: {},
  texts: {},
  localeTexts: {},
};

const snapshot = (draft: DraftState) => JSON.stringify(draft);

function draftOf(design: SurveyDesign, publishedJson: Json | undefined): DraftState {
  return {
    json: design.draft?.json ?? publishedJson ?? { pages: [] },
    settings: design.draft?.settings ?? DEFAULT_SETTINGS,
    title: design.draft?.title ?? design.survey.title,
    series: design.draft ? design.draft.series : design.survey.series,
  };
}

export function useDesign(slug: string) {
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [draft, setDraft] = useState<DraftState | undefined>();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [reloads, setReloads] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reloads asks for a fresh copy.
  useEffect(() => {
    let live = true;
    (async () => {
      const design = await fetchDesign(slug);
      if (!live) return;
      if (!design.ok) return setLoad(design);
      const published =
        design.value.survey.currentVersion === null ? undefined : await fetchPublished(slug);
      if (!live) return;
      const publishedJson = published?.ok ? published.value : undefined;
      const next = draftOf(design.value, publishedJson);
      setDraft(next);
      setSave({ kind: 'idle' });
      setLoad({
        kind: 'loaded',
        design: design.value,
        published: publishedLocks(publishedJson),
        revision: design.value.draft?.revision,
        saved: snapshot(next),
        warnings: design.value.warnings,
      });
    })();
    return () => {
      live = false;
    };
  }, [slug, reloads]);

  const dirty = useMemo(
    () => load.kind === 'loaded' && draft !== undefined && snapshot(draft) !== load.saved,
    [load, draft],
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const saveNow = useCallback(async () => {
    if (load.kind !== 'loaded' || !draft) return;
    setSave({ kind: 'saving' });
    const result = await saveDraft(slug, { ...draft, baseRevision: load.revision });
    if (result.ok) {
      const design = result.value;
      setLoad({
        ...load,
        design,
        revision: design.draft?.revision,
        saved: snapshot(draft),
        warnings: design.warnings,
      });
      setSave({ kind: 'saved' });
      return;
    }
    if (result.kind === 'rejected' && result.code === 'draft_changed')
      return setSave({ kind: 'stale' });
    if (result.kind === 'rejected') {
      const issues = issueLines(result.details);
      return setSave({ kind: 'invalid', message: result.message, issues });
    }
    if (result.kind === 'signed_out') {
      return setSave({
        kind: 'failed',
        message: 'You have been signed out. Sign in again in another tab, then save.',
      });
    }
    if (result.kind === 'forbidden') {
      return setSave({ kind: 'failed', message: 'Your account cannot change questionnaires.' });
    }
    setSave({
      kind: 'failed',
      message: 'The draft could not be saved. Check your connection and try again.',
    });
  }, [slug, load, draft]);

  const update = useCallback((change: (draft: DraftState) => DraftState) => {
    setDraft((current) => (current ? change(current) : current));
    setSave((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
  }, []);

  return { load, draft, dirty, save, saveNow, update, reload: () => setReloads((n) => n + 1) };
}
