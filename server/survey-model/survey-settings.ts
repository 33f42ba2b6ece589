// Settings kept with each survey version besides the SurveyJS JSON itself.
import { z } from 'zod';
import type { SurveyTexts } from '../contracts.ts';
import { pageTextsSchema } from '../designer-contracts.ts';

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

const DEFAULT_TEXTS: SurveyTexts = {
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

export function resolveTexts(settings: VersionSettings): SurveyTexts {
  return { ...DEFAULT_TEXTS, ...settings.texts };
}
