// What a questionnaire does beyond the page: keep the unfinished answers, check an access code,
// send the answers. Parents get the real ones; the designer's preview swaps in ones that keep
// everything in memory and send nothing.
import { createContext, useContext } from 'react';
import {
  type AccessCodeCheck,
  checkAccessCode,
  type SubmitOutcome,
  submitAnswers,
} from '../lib/api.ts';
import { clearDraft, type Draft, loadDraft, updateDraft } from '../lib/draft-store.ts';

export interface QuestionnaireServices {
  loadDraft: typeof loadDraft;
  updateDraft: typeof updateDraft;
  clearDraft: typeof clearDraft;
  submitAnswers: typeof submitAnswers;
  checkAccessCode: typeof checkAccessCode;
}

export const liveServices: QuestionnaireServices = {
  loadDraft,
  updateDraft,
  clearDraft,
  submitAnswers,
  checkAccessCode,
};

export const ServicesContext = createContext<QuestionnaireServices>(liveServices);
export const useServices = () => useContext(ServicesContext);

/** For the preview: answers kept in memory for the life of the page; nothing is ever sent. */
export function previewServices(): QuestionnaireServices {
  const drafts = new Map<string, Draft>();
  return {
    loadDraft: (slug) => drafts.get(slug),
    updateDraft(slug, patch) {
      const previous = drafts.get(slug);
      const draft: Draft = {
        ...previous,
        ...patch,
        idempotencyKey: undefined,
        receipt: undefined,
        accessCode:
          patch.accessCode === null ? undefined : (patch.accessCode ?? previous?.accessCode),
        locale: patch.locale ?? previous?.locale,
        savedAt: new Date().toISOString(),
      };
      drafts.set(slug, draft);
      return draft;
    },
    clearDraft: (slug) => void drafts.delete(slug),
    submitAnswers: async (): Promise<SubmitOutcome> => ({ kind: 'sent' }),
    // Any code will do: the preview shows the step, and codes are for parents only.
    checkAccessCode: async (_slug, code): Promise<AccessCodeCheck> =>
      code.trim() ? 'ok' : 'invalid',
  };
}
