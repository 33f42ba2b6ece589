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

export interface BurstHour {
  hour: string;
  responses: number;
  setAside: number;
  /** Well above the survey's usual number per hour. */
  unusual: boolean;
}

export interface PreviewLine {
  question: string;
  answer: string;
}

export interface AnswerClusterView {
  id: string;
  responses: number;
  setAside: number;
  firstHour: string;
  lastHour: string;
  hours: { hour: string; responses: number }[];
  /** What they answered, in words, for the first few questions. */
  preview: PreviewLine[];
  /** How many answered questions the preview leaves out. */
  more: number;
  /** They share identical written answers too, which honest replies rarely do. */
  sameWrittenAnswers: boolean;
}

export interface SetAsideBatchView {
  id: string;
  clusterId: string;
  fromHour: string | null;
  toHour: string | null;
  responses: number;
  reason: string;
  setBy: string;
  setAt: string;
  undoneBy: string | null;
  undoneAt: string | null;
  undoReason: string | null;
}

export interface BurstsView {
  title: string;
  totalResponses: number;
  setAside: number;
  /** The median number of responses in an hour that had any. */
  usualPerHour: number;
  /** An hour is unusual from this many responses. */
  unusualFrom: number;
  hours: BurstHour[];
  /** Only clusters of at least this many responses are listed. */
  minimumCluster: number;
  clusters: AnswerClusterView[];
  batches: SetAsideBatchView[];
}
