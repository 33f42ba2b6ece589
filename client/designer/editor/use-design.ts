// Loads a survey's draft for editing and saves it back, tracking what is unsaved.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type {
  DesignIssue,
  DesignSettings,
  SurveyDesign,
} from '../../../server/designer-contracts.ts';
import { type Failure, fetchDesign, saveDraft } from '../designer-api.ts';
import { type IssueLine, issueLines } from '../pages/issue-list.tsx';
import { type Published, publishedLocks } from './locks.ts';
import { pruneSettings } from './rename.ts';
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

function draftOf(design: SurveyDesign): DraftState {
  return {
    json: design.draft?.json ?? { pages: [] },
    settings: design.draft?.settings ?? DEFAULT_SETTINGS,
    title: design.draft?.title ?? design.survey.title,
    series: design.draft ? design.draft.series : design.survey.series,
  };
}

export function useDesign(slug: string) {
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [draft, setDraft] = useState<DraftState | undefined>();
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // `keep`: a refresh after publishing or approving keeps unsaved edits; a reload drops them.
  const [reloads, setReloads] = useState({ n: 0, keep: false });
  const unsaved = useRef<DraftState | undefined>(undefined);

  useEffect(() => {
    let live = true;
    (async () => {
      const design = await fetchDesign(slug);
      if (!live) return;
      if (!design.ok) return setLoad(design);
      const next = draftOf(design.value);
      const kept = reloads.keep ? unsaved.current : undefined;
      setDraft(kept ?? next);
      if (!kept) setSave({ kind: 'idle' });
      setLoad({
        kind: 'loaded',
        design: design.value,
        published: publishedLocks(design.value.published),
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
  unsaved.current = dirty ? draft : undefined;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  /** Saves over `baseRevision` (by default the revision this draft was loaded at). */
  const saveNow = useCallback(
    async (baseRevision?: number) => {
      if (load.kind !== 'loaded' || !draft) return;
      setSave({ kind: 'saving' });
      // Settings of questions removed in any way (the JSON view too) would make the save fail.
      const clean = { ...draft, settings: pruneSettings(draft.json, draft.settings) };
      const result = await saveDraft(slug, {
        ...clean,
        baseRevision: baseRevision ?? load.revision,
      });
      if (result.ok) {
        const design = result.value;
        setDraft((current) => (current === draft ? clean : current));
        setLoad({
          ...load,
          design,
          published: publishedLocks(design.published),
          revision: design.draft?.revision,
          saved: snapshot(clean),
          warnings: design.warnings,
        });
        setSave({ kind: 'saved' });
        return;
      }
      setSave(failedSave(result));
    },
    [slug, load, draft],
  );

  /** After a conflict: save this draft over the one a colleague saved, once confirmed. */
  const saveOverTheirs = useCallback(async () => {
    setSave({ kind: 'saving' });
    const latest = await fetchDesign(slug);
    if (!latest.ok) {
      return setSave({
        kind: 'failed',
        message: 'The latest draft could not be read. Check your connection and try again.',
      });
    }
    await saveNow(latest.value.draft?.revision);
  }, [slug, saveNow]);

  const update = useCallback((change: (draft: DraftState) => DraftState) => {
    setDraft((current) => (current ? change(current) : current));
    setSave((current) => (current.kind === 'saved' ? { kind: 'idle' } : current));
  }, []);

  return {
    load,
    draft,
    dirty,
    save,
    saveNow,
    saveOverTheirs,
    update,
    /** A fresh copy from the server; unsaved changes are dropped. */
    reload: () => setReloads(({ n }) => ({ n: n + 1, keep: false })),
    /** The survey changed elsewhere (published, approved): fresh facts, unsaved changes kept. */
    refresh: () => setReloads(({ n }) => ({ n: n + 1, keep: true })),
  };
}

function failedSave(result: Failure): SaveState {
  if (result.kind === 'rejected' && result.code === 'draft_changed') return { kind: 'stale' };
  if (result.kind === 'rejected') {
    return { kind: 'invalid', message: result.message, issues: issueLines(result.details) };
  }
  if (result.kind === 'signed_out') {
    return {
      kind: 'failed',
      message: 'You have been signed out. Sign in again in another tab, then save.',
    };
  }
  if (result.kind === 'forbidden') {
    return { kind: 'failed', message: 'Your account cannot change questionnaires.' };
  }
  return {
    kind: 'failed',
    message: 'The draft could not be saved. Check your connection and try again.',
  };
}
