// The model training API, shared by the server and the officers' pages.
import { z } from 'zod';

const figuresSchema = z.object({
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  kappa: z.number(),
});
const agreementSchema = z.object({
  themes: z.record(z.string(), figuresSchema.extend({ support: z.number() })),
  micro: figuresSchema.extend({ support: z.number() }),
  macro: figuresSchema,
});
export type TrainingAgreement = z.infer<typeof agreementSchema>;

export const trainingStatusSchema = z.enum([
  'queued',
  'running',
  'ready',
  'installed',
  'discarded',
  'failed',
]);

export const trainingRunSchema = z.object({
  id: z.string(),
  status: trainingStatusSchema,
  requestedBy: z.string(),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
  coded: z.number().nullable(),
  heldOut: z.number().nullable(),
  /** On answers held back from training: the codebook's rules alone, and with the new model. */
  agreement: z.object({ rulesOnly: agreementSchema, withModel: agreementSchema }).nullable(),
  labels: z.array(z.string()).nullable(),
  modelId: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  failure: z.string().nullable(),
});
export type TrainingRun = z.infer<typeof trainingRunSchema>;

export const trainingOverviewSchema = z.object({
  /** Answers coded by officers now, across every survey. */
  coded: z.number(),
  minimum: z.number(),
  activeModel: z
    .object({
      id: z.string(),
      createdAt: z.string(),
      exampleCount: z.number(),
      labels: z.array(z.string()),
    })
    .nullable(),
  runs: z.array(trainingRunSchema),
  /** The themes of the default codebook, for naming the figures. */
  themes: z.array(z.object({ id: z.string(), label: z.string() })),
});
export type TrainingOverview = z.infer<typeof trainingOverviewSchema>;

export const requestTrainingSchema = z.strictObject({
  codebook: z.string().min(1).max(100).optional(),
});

export const installResultSchema = z.object({ modelId: z.string(), queued: z.number() });
