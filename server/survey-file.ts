// The format of a questionnaire file in surveys/ (see README "Adding a questionnaire").
import { z } from 'zod';
import { helpContactSchema, surveyStatusSchema } from './contracts.ts';
import { pageTextsSchema } from './designer-contracts.ts';

export const slugSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

const isoDateTime = z.iso.datetime({ offset: true });

export const surveyFileSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1).max(200),
    status: surveyStatusSchema,
    opensAt: isoDateTime.optional(),
    closesAt: isoDateTime.optional(),
    series: slugSchema.optional(),
    themedQuestions: z.array(z.string().min(1)).optional(),
    positiveOptions: z
      .record(z.string(), z.array(z.union([z.string(), z.number()])).min(1))
      .optional(),
    quoteConsentQuestion: z.string().min(1).optional(),
    privacyNotice: z.string().min(1).max(5000).optional(),
    thankYou: z.string().min(1).max(5000).optional(),
    help: z.array(helpContactSchema).max(20).optional(),
    /** Page wording per SurveyJS locale (e.g. "cy", "en-easy"), as the designer stores it. */
    localeTexts: z.record(z.string(), pageTextsSchema).optional(),
    codebook: z.string().min(1).optional(),
    json: z.record(z.string(), z.unknown()),
  })
  .strict()
  .refine((f) => !f.opensAt || !f.closesAt || Date.parse(f.opensAt) < Date.parse(f.closesAt), {
    message: 'closesAt must be after opensAt',
    path: ['closesAt'],
  });
export type SurveyFile = z.infer<typeof surveyFileSchema>;
