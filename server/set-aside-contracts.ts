// The bursts and set-aside API, shared by the server and the officers' page.
import { z } from 'zod';

/** An hour as stored: UTC, on the hour (e.g. 2026-12-07T14:00:00.000Z). */
const hourSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/,
    'must be an hour such as 2026-12-07T14:00:00.000Z',
  );

export const setAsideBodySchema = z
  .strictObject({
    clusterId: z.string().regex(/^[A-Za-z0-9_-]{16}$/, 'must be a cluster id from the list'),
    reason: z.string().trim().min(5, 'say why, in a few words').max(1000),
    fromHour: hourSchema.optional(),
    toHour: hourSchema.optional(),
  })
  .refine((b) => !b.fromHour || !b.toHour || b.fromHour <= b.toHour, {
    message: 'the first hour must not be after the last',
    path: ['toHour'],
  });
export type SetAsideBody = z.infer<typeof setAsideBodySchema>;

export const undoSetAsideBodySchema = z.strictObject({
  reason: z.string().trim().max(1000).optional(),
});

export const burstHourSchema = z.object({
  hour: z.string(),
  responses: z.number(),
  setAside: z.number(),
  /** Well above the survey's usual number per hour. */
  unusual: z.boolean(),
});
export type BurstHour = z.infer<typeof burstHourSchema>;

const previewLineSchema = z.object({ question: z.string(), answer: z.string() });
export type PreviewLine = z.infer<typeof previewLineSchema>;

export const answerClusterSchema = z.object({
  id: z.string(),
  responses: z.number(),
  setAside: z.number(),
  firstHour: z.string(),
  lastHour: z.string(),
  hours: z.array(z.object({ hour: z.string(), responses: z.number() })),
  /** What they answered, in words, for the first few questions. */
  preview: z.array(previewLineSchema),
  /** How many answered questions the preview leaves out. */
  more: z.number(),
  /** They share identical written answers too, which honest replies rarely do. */
  sameWrittenAnswers: z.boolean(),
});
export type AnswerClusterView = z.infer<typeof answerClusterSchema>;

export const setAsideBatchSchema = z.object({
  id: z.string(),
  clusterId: z.string(),
  fromHour: z.string().nullable(),
  toHour: z.string().nullable(),
  responses: z.number(),
  reason: z.string(),
  setBy: z.string(),
  setAt: z.string(),
  undoneBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
  undoReason: z.string().nullable(),
});
export type SetAsideBatchView = z.infer<typeof setAsideBatchSchema>;

export const burstsViewSchema = z.object({
  title: z.string(),
  totalResponses: z.number(),
  setAside: z.number(),
  /** The median number of responses in an hour that had any. */
  usualPerHour: z.number(),
  /** An hour is unusual from this many responses. */
  unusualFrom: z.number(),
  hours: z.array(burstHourSchema),
  /** Only clusters of at least this many responses are listed. */
  minimumCluster: z.number(),
  clusters: z.array(answerClusterSchema),
  batches: z.array(setAsideBatchSchema),
});
export type BurstsView = z.infer<typeof burstsViewSchema>;

export const setAsideResultSchema = z.object({ id: z.string(), responses: z.number() });
