// The published results API, shared by the server and the officers' page.
import { z } from 'zod';

export const publicationBodySchema = z.strictObject({
  questions: z
    .array(z.string().min(1).max(200))
    .min(1, 'choose at least one question to publish')
    .max(500)
    .refine((names) => new Set(names).size === names.length, 'name each question once'),
});
export type PublicationBody = z.infer<typeof publicationBodySchema>;

export const publicationInfoSchema = z.object({
  number: z.number(),
  questions: z.array(z.string()),
  /** How many responses the snapshot counted. */
  responses: z.number(),
  /** YYYY-MM-DD */
  publishedOn: z.string(),
  unpublishedOn: z.string().nullable(),
});
export type PublicationInfo = z.infer<typeof publicationInfoSchema>;

export const publishedSchema = publicationInfoSchema.extend({
  /** The public page's address, from the site's root. */
  resultsPath: z.string(),
});
export type Published = z.infer<typeof publishedSchema>;

export const publicationsViewSchema = z.object({
  survey: z.object({ slug: z.string(), title: z.string(), status: z.string() }),
  /** The questions that may be published: those the survey's report has. */
  questions: z.array(z.object({ name: z.string(), title: z.string() })),
  resultsPath: z.string(),
  /** The publication the public page shows, if any. */
  current: publicationInfoSchema.nullable(),
  /** Every publication, newest first. */
  history: z.array(publicationInfoSchema),
  /** A new publication must count at least this many responses not counted before, or removed. */
  k: z.number(),
});
export type PublicationsView = z.infer<typeof publicationsViewSchema>;

export const resultsPath = (slug: string) => `/results/${encodeURIComponent(slug)}`;
