// The review calls: safeguarding, coding and quote approval. Shapes are checked, as elsewhere,
// so that a proxy's error page is reported as a failure instead of drawn as an empty list.
import { z } from 'zod';
import { call } from '../officer-api.ts';

const flaggedSchema = z.object({
  responseId: z.string(),
  question: z.string(),
  submittedAt: z.string(),
  text: z.string(),
  redacted: z.string().nullable(),
  evidence: z.array(z.string()),
  questionTitle: z.string().optional(),
  reviewed: z.object({ by: z.string().nullable(), at: z.string() }).nullable(),
});
export type FlaggedAnswer = z.infer<typeof flaggedSchema>;

const codedSchema = z.object({
  responseId: z.string(),
  question: z.string(),
  submittedAt: z.string(),
  text: z.string(),
  substantive: z.boolean(),
  safeguarding: z.boolean(),
  redacted: z.string().optional(),
  quote: z.object({ approved: z.boolean(), excerpt: z.string().nullable() }).optional(),
  themes: z.array(
    z.object({
      id: z.string(),
      source: z.enum(['auto', 'human']),
      present: z.boolean(),
      score: z.number().nullable(),
      evidence: z.array(z.string()),
    }),
  ),
  /** Why it is worth checking, when listed in checking order. */
  check: z
    .object({ checked: z.boolean(), disputed: z.array(z.string()), closeCall: z.boolean() })
    .optional(),
});
export type CodedAnswer = z.infer<typeof codedSchema>;

const base = (slug: string) => `/api/surveys/${encodeURIComponent(slug)}`;
const done = () => true;

export const fetchSafeguarding = (slug: string) =>
  call(`${base(slug)}/safeguarding`, (b) => flaggedSchema.array().safeParse(b).data);

export const markReviewed = (slug: string, responseId: string, question: string) =>
  call(`${base(slug)}/safeguarding/review`, done, {
    method: 'POST',
    body: JSON.stringify({ responseId, question }),
  });

export const PAGE_SIZE = 20;

/** Answers to check, those most worth checking first (see db/coding-queue.ts). */
export function fetchAnswers(slug: string, question: string, offset: number) {
  const query = new URLSearchParams({
    question,
    limit: String(PAGE_SIZE),
    offset: String(offset),
    order: 'check',
  });
  return call(`${base(slug)}/answers?${query}`, (b) => codedSchema.array().safeParse(b).data);
}

const progressSchema = z.object({
  total: z.number(),
  checked: z.number(),
  toCheckFirst: z.number(),
});
export type CodingProgress = z.infer<typeof progressSchema>;

export const fetchCodingProgress = (slug: string, question: string) =>
  call(
    `${base(slug)}/answers/progress?${new URLSearchParams({ question })}`,
    (b) => progressSchema.safeParse(b).data,
  );

export const saveThemes = (slug: string, responseId: string, question: string, themes: string[]) =>
  call(
    `${base(slug)}/answers/${encodeURIComponent(responseId)}/${encodeURIComponent(question)}/themes`,
    done,
    { method: 'PUT', body: JSON.stringify({ themes }) },
  );

export const approveQuote = (slug: string, key: string, approved: boolean, text?: string) =>
  call(`${base(slug)}/quotes`, done, {
    method: 'POST',
    body: JSON.stringify(text === undefined ? { key, approved } : { key, approved, text }),
  });

/** Human rows win over the tagger's, as they do in reports. */
export function effectiveThemes(answer: CodedAnswer): string[] {
  const byId = new Map<string, boolean>();
  for (const t of answer.themes) if (t.source === 'auto') byId.set(t.id, t.present);
  for (const t of answer.themes) if (t.source === 'human') byId.set(t.id, t.present);
  return [...byId].filter(([, present]) => present).map(([id]) => id);
}

/** Answers the report counts under one theme, with the tagger's evidence, for drill-down. */
export function fetchThemeAnswers(slug: string, question: string, theme: string, offset: number) {
  const query = new URLSearchParams({
    question,
    theme,
    limit: String(PAGE_SIZE),
    offset: String(offset),
  });
  return call(`${base(slug)}/answers?${query}`, (b) => codedSchema.array().safeParse(b).data);
}

const agreementSchema = z.object({
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  kappa: z.number(),
  support: z.number(),
});
export type ThemeAgreement = z.infer<typeof agreementSchema>;
const agreementReportSchema = z.object({
  coded: z.number(),
  themes: z.record(z.string(), agreementSchema),
  micro: agreementSchema,
});
export type AgreementReport = z.infer<typeof agreementReportSchema>;

export const fetchAgreement = (slug: string) =>
  call(`${base(slug)}/agreement`, (b) => agreementReportSchema.safeParse(b).data);
