// The API of "You said, we did" for staff: an action's updates, its easy-read and translated
// wording, forum sign-off and the figures behind it. Shared by the server and the officers' page.
import { z } from 'zod';
import { actionStatusSchema } from './action-contracts.ts';
import { designIssueSchema } from './designer-contracts.ts';

export const actionUpdateBodySchema = z
  .strictObject({
    note: z.string().trim().max(2000).default(''),
    status: actionStatusSchema.optional(),
  })
  .refine((b) => b.note !== '' || b.status !== undefined, {
    message: 'write a note or choose a new status',
    path: ['note'],
  });
export type ActionUpdateBody = z.infer<typeof actionUpdateBodySchema>;

export const actionTextBodySchema = z.strictObject({
  title: z.string().trim().min(1, 'give the action a title').max(200),
  description: z.string().trim().min(1, 'say what will be done').max(5000),
});
export type ActionTextBody = z.infer<typeof actionTextBodySchema>;

/** `en-easy` is easy read; any other is a language of the survey (SurveyJS locale names). */
export const actionLocaleSchema = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/);

export const signOffSettingSchema = z.strictObject({ required: z.boolean() });

const figureSchema = z.object({
  survey: z.string(),
  question: z.string(),
  theme: z.string().nullable(),
  wording: z.string(),
  percent: z.number(),
  answered: z.number(),
  measuredOn: z.string(),
});

export const actionHistorySchema = z.object({
  updates: z.array(
    z.object({
      id: z.string(),
      writtenOn: z.string(),
      note: z.string(),
      status: actionStatusSchema.nullable(),
    }),
  ),
  texts: z.array(z.object({ locale: z.string(), title: z.string(), description: z.string() })),
  signOff: z.object({
    required: z.boolean(),
    /** Who signed off the current wording, and when; absent when it is not signed off. */
    current: z.object({ by: z.string(), on: z.string() }).optional(),
  }),
  /** The figure that prompted the action, and the same figure in the latest later survey. */
  figures: z.object({ prompted: figureSchema.optional(), latest: figureSchema.optional() }),
  /** The languages this survey offers besides English (easy read is `en-easy`). */
  locales: z.array(z.string()),
});
export type ActionHistoryView = z.infer<typeof actionHistorySchema>;

export const actionTextSavedSchema = z.object({
  locale: z.string(),
  /** Plain-English checks of easy-read wording (warnings, as in the designer). */
  checks: z.array(designIssueSchema),
});
