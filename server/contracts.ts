// The shapes the server and the browser agree on. The client imports this module and nothing
// else from the server, so it must stay free of Node-only imports.
import { z } from 'zod';

export const surveyStatusSchema = z.enum(['draft', 'open', 'closed']);
export type SurveyStatus = z.infer<typeof surveyStatusSchema>;

/** What a parent arriving at the page can do right now, worked out from status and dates. */
export const availabilitySchema = z.enum(['open', 'not_yet_open', 'closed', 'unavailable']);
export type Availability = z.infer<typeof availabilitySchema>;

export const helpContactSchema = z
  .object({
    name: z.string().min(1).max(200),
    description: z.string().max(1000).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    phone: z.string().max(40).optional(),
  })
  .strict();
export type HelpContact = z.infer<typeof helpContactSchema>;

/**
 * The app's own wording on the parent's pages (buttons, errors, the receipt), by message id (see
 * client/lib/ui-text.ts); a survey may override any of it, per language.
 */
export const uiTextsSchema = z
  .record(
    z
      .string()
      .max(80)
      .regex(/^[a-zA-Z][a-zA-Z0-9_.]*$/),
    z.string().max(2000),
  )
  .refine((texts) => Object.keys(texts).length <= 200, 'at most 200 messages');
export type UiTexts = z.infer<typeof uiTextsSchema>;

/** Wording around the questionnaire that the engagement team may change per survey. */
export const surveyTextsSchema = z
  .object({
    privacyNotice: z.string().min(1).max(5000),
    thankYou: z.string().min(1).max(5000),
    help: z.array(helpContactSchema).max(20),
    ui: uiTextsSchema.optional(),
  })
  .strict();
export type SurveyTexts = z.infer<typeof surveyTextsSchema>;

export const publicSurveySchema = z.object({
  slug: z.string(),
  title: z.string(),
  status: surveyStatusSchema,
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  version: z.number().int().positive(),
  json: z.record(z.string(), z.unknown()),
  availability: availabilitySchema,
  /** Plain-English reason shown when availability is `unavailable`. */
  unavailableReason: z.string().optional(),
  texts: surveyTextsSchema,
  /** SurveyJS locales the definition has wording for ("en" is the default), e.g. en, en-easy, cy. */
  locales: z.array(z.string()),
  /** Page wording per locale; anything missing falls back to `texts`. */
  localeTexts: z.record(z.string(), surveyTextsSchema.partial()),
  /** The parent must give a single-use access code before answering. */
  accessCodeRequired: z.boolean(),
});
export type PublicSurvey = z.infer<typeof publicSurveySchema>;

export const surveySummarySchema = publicSurveySchema.pick({
  slug: true,
  title: true,
  closesAt: true,
});
export type SurveySummary = z.infer<typeof surveySummarySchema>;

// A custom check rather than z.record: a record is copied key by key, and copying silently turns
// a "__proto__" key into a prototype instead of an unknown question to refuse.
const answersSchema = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'answers must be an object of question names to answers' },
);

/** A receipt code as typed; its form is checked by the server (400 invalid_receipt). */
export const receiptCodeSchema = z.string().max(100);

/** As typed by a parent: spaces, hyphens and case do not matter. */
export const accessCodeSchema = z.string().trim().min(1).max(40);

export const submitResponseBodySchema = z
  .object({
    answers: answersSchema,
    version: z.number().int().positive().optional(),
    /** Needed when the survey asks for access codes; ignored otherwise. */
    accessCode: accessCodeSchema.optional(),
    /** The honeypot: a field people never see, so anything in it was written by a bot. */
    website: z.string().optional(),
    /** Seconds since the parent pressed Start, counted across resumes and retries. */
    elapsedSeconds: z.number().min(0).optional(),
    /** The receipt code the page made for these answers (server/receipts.ts); echoed back. */
    receipt: receiptCodeSchema.optional(),
    /** The receipt of the parent's answers to the previous survey of the series, to link them. */
    previousReceipt: receiptCodeSchema.optional(),
  })
  .strict();
export type SubmitResponseBody = z.infer<typeof submitResponseBodySchema>;

/** How an officer received a response they type in on a parent's behalf. */
export const officerChannelSchema = z.enum(['paper', 'telephone']);
export type OfficerChannel = z.infer<typeof officerChannelSchema>;

/** An officer's entry: the parent's answers and how they arrived (paper when not said). */
export const officerResponseBodySchema = submitResponseBodySchema
  .omit({ website: true, elapsedSeconds: true, receipt: true, previousReceipt: true })
  .extend({ channel: officerChannelSchema.default('paper') })
  .strict();

export const submitResponseResultSchema = z.object({
  id: z.uuid(),
  receipt: z.string().optional(),
});

export const errorDetailSchema = z.object({ question: z.string(), message: z.string() });
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Header a browser sends so that a retried submission is stored once. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[A-Za-z0-9_\-:.]+$/);
