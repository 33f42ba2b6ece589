// Settings kept with each survey version besides the SurveyJS JSON itself.
import { z } from 'zod';
import type { SurveyTexts } from '../contracts.ts';
import { DEFAULT_SURVEY_TEXTS, pageTextsSchema } from '../designer-contracts.ts';

// The stored form of designer-contracts' designSettingsSchema: the same fields, but lenient
// (not strict, no minimum lengths) so that every version stored so far still reads.
export const versionSettingsSchema = z.object({
  themedQuestions: z.array(z.string()).default([]),
  /** Key of the codebook its free text is tagged with. */
  codebook: z.string().default('send-default'),
  positiveOptions: z.record(z.string(), z.array(z.union([z.string(), z.number()]))).default({}),
  quoteConsentQuestion: z.string().optional(),
  texts: pageTextsSchema.default({}),
  /** Page wording per SurveyJS locale ("cy", "en-easy"); gaps fall back to `texts`. */
  localeTexts: z.record(z.string(), pageTextsSchema).default({}),
});
export type VersionSettings = z.infer<typeof versionSettingsSchema>;
export type VersionSettingsInput = z.input<typeof versionSettingsSchema>;

export function resolveTexts(settings: VersionSettings): SurveyTexts {
  return { ...DEFAULT_SURVEY_TEXTS, ...settings.texts };
}
