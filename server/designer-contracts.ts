// The designer API's shapes, shared by the server routes and the designer pages in the browser.
// Like contracts.ts it must stay free of Node-only imports.
import { z } from 'zod';
import {
  helpContactSchema,
  type SurveyTexts,
  surveyStatusSchema,
  uiTextsSchema,
} from './contracts.ts';

export const designSlugSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

/** Page wording in one language; a locale without an entry falls back to the default wording. */
export const pageTextsSchema = z
  .object({
    privacyNotice: z.string().min(1).max(5000),
    thankYou: z.string().min(1).max(5000),
    help: z.array(helpContactSchema).max(20),
    /** Overrides of the app's own wording (buttons, errors, receipt) by message id. */
    ui: uiTextsSchema,
  })
  .partial()
  .strict();

/**
 * The wording a survey gets where its settings give none. Shared so that the designer shows, and
 * its preview uses, exactly what parents will read. Kept here, not in contracts.ts, because the
 * parent's pages load contracts.ts and receive this wording from the server instead.
 */
export const DEFAULT_SURVEY_TEXTS: SurveyTexts = {
  privacyNotice:
    'This questionnaire is anonymous. We do not ask your name and we do not record your IP ' +
    'address or anything else that could identify you.\n\n' +
    'Your answers are read by the council engagement team and the parent carer forum. We use ' +
    'them to write a public report and to decide what to change.\n\n' +
    'Your unfinished answers are kept only on this device until you send them. You can stop at ' +
    'any time.',
  thankYou:
    'Thank you. Your answers have been sent. We will publish what you told us and what we are ' +
    'changing because of it.',
  help: [
    {
      name: 'SEND information, advice and support service',
      description: 'Free, impartial advice about special educational needs and disabilities.',
    },
    {
      name: 'Samaritans',
      description: 'If you are struggling to cope, call free any time, day or night.',
      phone: '116 123',
      url: 'https://www.samaritans.org',
    },
    { name: 'Emergency', description: 'If someone is in immediate danger, call 999.' },
  ],
};

/** Everything besides the SurveyJS JSON that a version carries (stored as the version's settings). */
export const designSettingsSchema = z
  .object({
    /** Free-text questions whose answers are themed. */
    themedQuestions: z.array(z.string().min(1)).default([]),
    /**
     * Free-text questions the team decided not to theme (a school's name, say), which silences
     * the "will not be themed" check. Optional: versions stored before it read without it.
     */
    unthemedQuestions: z.array(z.string().min(1)).optional(),
    /** Key of the codebook the themed questions are tagged with. */
    codebook: z.string().min(1).default('send-default'),
    /** Per agree/disagree question: the option values counted as agreement. */
    positiveOptions: z
      .record(z.string(), z.array(z.union([z.string(), z.number()])).min(1))
      .default({}),
    /** The yes/no or choice question whose "yes" lets the answers be quoted. */
    quoteConsentQuestion: z.string().min(1).optional(),
    /** Default-language page wording. */
    texts: pageTextsSchema.default({}),
    /** Page wording per SurveyJS locale, e.g. { "cy": {...}, "en-easy": {...} }. */
    localeTexts: z.record(z.string(), pageTextsSchema).default({}),
  })
  .strict();
export type DesignSettings = z.infer<typeof designSettingsSchema>;
export type DesignSettingsInput = z.input<typeof designSettingsSchema>;

const surveyJsonSchema = z.record(z.string(), z.unknown());

/** POST /api/surveys: create a draft from JSON, or from a template (a shipped survey's slug or "blank"). */
export const createSurveyBodySchema = z
  .object({
    slug: designSlugSchema,
    title: z.string().trim().min(1).max(200),
    json: z.unknown().optional(),
    template: z.string().optional(),
    series: designSlugSchema.optional(),
    settings: designSettingsSchema.optional(),
    requiresApproval: z.boolean().optional(),
  })
  .strict();

/** PUT /api/surveys/:slug/draft. `json` is checked like an import (problems 400, warnings returned). */
export const saveDraftBodySchema = z
  .object({
    json: z.unknown(),
    settings: designSettingsSchema.optional(),
    title: z.string().trim().min(1).max(200).optional(),
    series: designSlugSchema.nullable().optional(),
    /** The revision the editor started from; a stale one gets 409 `draft_changed`. */
    baseRevision: z.number().int().nonnegative().optional(),
  })
  .strict();

/** PATCH /api/surveys/:slug: survey-level settings that are not part of a version. */
export const surveyScheduleBodySchema = z
  .object({
    opensAt: z.iso.datetime({ offset: true }).nullable().optional(),
    closesAt: z.iso.datetime({ offset: true }).nullable().optional(),
    requiresApproval: z.boolean().optional(),
    accessCodesRequired: z.boolean().optional(),
  })
  .strict();

/** One problem or hint about a definition. `question` names the question it is about. */
export const designIssueSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  question: z.string().optional(),
  /** The language an issue is about, for translation checks. */
  locale: z.string().optional(),
});
export type DesignIssue = z.infer<typeof designIssueSchema>;

export const approvalSchema = z.object({
  role: z.enum(['officer', 'forum']),
  email: z.string(),
  at: z.string(),
  revision: z.number().int(),
});
export type Approval = z.infer<typeof approvalSchema>;

/** GET /api/surveys/:slug/design (and the body of create / save responses). */
export const surveyDesignSchema = z.object({
  survey: z.object({
    slug: z.string(),
    title: z.string(),
    status: surveyStatusSchema,
    series: z.string().nullable(),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    requiresApproval: z.boolean(),
    accessCodesRequired: z.boolean(),
    currentVersion: z.number().int().nullable(),
    managedBy: z.enum(['file', 'app']),
  }),
  draft: z
    .object({
      revision: z.number().int(),
      /** The draft's own title and series, published with it (the survey's stay live until then). */
      title: z.string(),
      series: z.string().nullable(),
      json: surveyJsonSchema,
      settings: designSettingsSchema,
      updatedAt: z.string(),
      updatedBy: z.string().nullable(),
    })
    .nullable(),
  /** Approvals of the current draft revision; an edit clears them. */
  approvals: z.array(approvalSchema),
  /**
   * What answers were given under in any published version: question names, and per question
   * the values of its options, statements and scale points. The editor keeps these fixed.
   */
  published: z
    .object({ names: z.array(z.string()), values: z.record(z.string(), z.array(z.string())) })
    .default({ names: [], values: {} }),
  /** Unknown-property warnings (survey-core's jsonErrors) from the last save. */
  warnings: z.array(designIssueSchema),
});
export type SurveyDesign = z.infer<typeof surveyDesignSchema>;

/** GET /api/surveys/:slug/checks: what stands between the draft and publishing. */
export const publishChecksSchema = z.object({
  /** Errors block publishing; warnings are advice (plain English, trend breaks). */
  issues: z.array(designIssueSchema),
  readingAge: z.number().nullable(),
  /** Above this reading age the checks warn. */
  readingAgeLimit: z.number(),
  /** The same for the easy-read wording (locale `en-easy`), when the survey has any. */
  easyRead: z.object({ readingAge: z.number().nullable(), readingAgeLimit: z.number() }).nullable(),
  approvalsNeeded: z.array(z.enum(['officer', 'forum'])),
  ready: z.boolean(),
});
export type PublishChecks = z.infer<typeof publishChecksSchema>;

export const versionSummarySchema = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  publishedBy: z.string().nullable(),
  /** Officers and admins only: designers see no response counts. */
  responses: z.number().int().optional(),
});

export const templateSchema = z.object({ slug: z.string(), title: z.string() });

export const accessCodesBodySchema = z
  .object({ count: z.number().int().min(1).max(2000) })
  .strict();
export const accessCodesSummarySchema = z.object({
  issued: z.number().int(),
  used: z.number().int(),
});

export const shareInfoSchema = z.object({
  url: z.string(),
  embedUrl: z.string(),
  embedSnippet: z.string(),
  qrPng: z.string(),
  qrSvg: z.string(),
});
export type ShareInfo = z.infer<typeof shareInfoSchema>;

/** POST /api/codebooks/:key/preview: what a changed codebook would tag differently. */
export const codebookPreviewSchema = z.object({
  answersChecked: z.number().int(),
  /** Only the most recent answers are checked; true when there were more than `limit`. */
  capped: z.boolean().optional(),
  limit: z.number().int().optional(),
  themes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      added: z.number().int(),
      removed: z.number().int(),
      examples: z.array(z.object({ text: z.string(), change: z.enum(['added', 'removed']) })),
    }),
  ),
});
export type CodebookPreview = z.infer<typeof codebookPreviewSchema>;

/** GET /api/codebooks: the latest version of each codebook. */
export const codebookSummarySchema = z.object({
  key: z.string(),
  version: z.number().int(),
  name: z.string(),
  themes: z.number().int(),
  managedBy: z.enum(['file', 'app']),
  updatedAt: z.string(),
});
export type CodebookSummary = z.infer<typeof codebookSummarySchema>;

/** GET /api/codebooks/:key (and the body of a PUT's response). */
export const codebookDetailSchema = z.object({
  key: z.string(),
  version: z.number().int(),
  managedBy: z.enum(['file', 'app']),
  /** The codebook document (analysis/codebook.ts's format). */
  document: z.record(z.string(), z.unknown()),
});
export type CodebookDetail = z.infer<typeof codebookDetailSchema>;

/** PUT /api/codebooks/:key. A stale baseVersion gets 409 `codebook_changed`. */
export const saveCodebookBodySchema = z
  .object({ document: z.unknown(), baseVersion: z.number().int().nonnegative().optional() })
  .strict();

/** POST /api/codebooks/:key/preview: `survey` limits the answers checked to one survey. */
export const codebookPreviewBodySchema = z
  .object({ document: z.unknown(), survey: designSlugSchema.optional() })
  .strict();
