// The designer's calls. Sign-in, the CSRF token and error handling are the officers' (one session
// for both sides); this module adds the design endpoints, parsed with the shared contracts.
import { z } from 'zod';
import {
  type DesignSettings,
  surveyDesignSchema,
  templateSchema,
} from '../../server/designer-contracts.ts';
import { call } from '../officer/officer-api.ts';

export type { Failure } from '../officer/officer-api.ts';
export {
  fetchSurveys,
  loadSession,
  type OfficerSurvey,
  type OfficerUser,
  type Result,
  signIn,
  signOut,
} from '../officer/officer-api.ts';

const path = (slug: string, rest = '') => `/api/surveys/${encodeURIComponent(slug)}${rest}`;

export const fetchTemplates = () =>
  call('/api/designer/templates', (b) => templateSchema.array().safeParse(b).data);

const codebookSchema = z.looseObject({
  key: z.string(),
  label: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
});
export interface CodebookChoice {
  key: string;
  label: string;
}

/** Codebooks to pick from; the default one is always offered, even if the list cannot load. */
export async function fetchCodebooks(): Promise<CodebookChoice[]> {
  const result = await call('/api/codebooks', (b) => {
    const list = Array.isArray(b)
      ? b
      : z.object({ codebooks: z.array(z.unknown()) }).safeParse(b).data?.codebooks;
    return list?.flatMap((item) => {
      const parsed = codebookSchema.safeParse(item).data;
      return parsed
        ? [{ key: parsed.key, label: parsed.label ?? parsed.name ?? parsed.title ?? parsed.key }]
        : [];
    });
  });
  const found = result.ok ? result.value : [];
  if (found.some((c) => c.key === 'send-default')) return found;
  return [{ key: 'send-default', label: 'SEND default themes' }, ...found];
}

export interface NewSurvey {
  slug: string;
  title: string;
  template?: string;
  json?: unknown;
  /** Settings read from a file downloaded "with settings"; the server checks them. */
  settings?: Record<string, unknown>;
  series?: string;
  requiresApproval?: boolean;
}

const designWithWarnings = (b: unknown) => surveyDesignSchema.safeParse(b).data;

export const createSurvey = (body: NewSurvey) =>
  call('/api/surveys', designWithWarnings, { method: 'POST', body: JSON.stringify(body) });

export const fetchDesign = (slug: string) => call(path(slug, '/design'), designWithWarnings);

export interface DraftToSave {
  json: Record<string, unknown>;
  settings: DesignSettings;
  title: string;
  series: string | null;
  baseRevision?: number;
}

export const saveDraft = (slug: string, draft: DraftToSave) =>
  call(path(slug, '/draft'), designWithWarnings, { method: 'PUT', body: JSON.stringify(draft) });
