// The saved model: a plain JSON document, so it can be stored in the database, exported and
// inspected without code. The schema checks shape and cross-references on load, because a model
// that is wrong by one array entry would otherwise tag every answer silently wrong.
import { z } from 'zod';

export const MODEL_FORMAT = 'send-voice-linear/1';

const finite = z.number().finite();

/** Largest stored weight: weights are kept as 16-bit integers times a per-label scale. */
export const WEIGHT_STEPS = 32767;

const quantisedWeightsSchema = z
  .object({
    scale: finite.nonnegative(),
    /** One integer per vocabulary term; the weight is value × scale. */
    values: z.array(z.number()),
  })
  .strict()
  .refine(
    (w) => w.values.every((v) => Number.isInteger(v) && Math.abs(v) <= WEIGHT_STEPS),
    `values must be integers from -${WEIGHT_STEPS} to ${WEIGHT_STEPS}`,
  );

export const classifierModelSchema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    /** Labels the model learned, in the order of the per-label arrays below. */
    labels: z.array(z.string().min(1)),
    /** Labels seen in training with too few positives to learn; rules should cover them. */
    untrainedLabels: z.array(z.object({ label: z.string().min(1), positives: z.number().int() })),
    /** Terms: a stem ("wait") or two stems joined by a space ("wait list"). */
    vocabulary: z.array(z.string().min(1)),
    idf: z.array(finite.positive()),
    /**
     * Per label, the weight of every term. Quantised: a weight moves by at most scale/2, which
     * shifts a margin by under 0.001 and so changes almost no decision, and the JSON is a third
     * of the size of full-precision numbers (about 4 MB for 44 labels and 20,000 terms).
     */
    weights: z.array(quantisedWeightsSchema),
    bias: z.array(finite),
    /** Per label, the margin at or above which the label is assigned. */
    thresholds: z.array(finite),
    /** Per label, score = 1 / (1 + exp(a·margin + b)); a is negative. */
    calibration: z.array(z.object({ a: finite, b: finite }).strict()),
    settings: z
      .object({
        c: finite.positive(),
        classWeight: z.enum(['none', 'sqrt', 'balanced']),
        biasFeature: finite,
        tolerance: finite.positive(),
        minDocumentFrequency: z.number().int().positive(),
        folds: z.number().int().nonnegative(),
      })
      .strict(),
    /**
     * Micro-F1 of the out-of-fold predictions with the chosen thresholds. Optimistic, since the
     * thresholds were fitted to those same predictions: a guide, not a test result.
     */
    crossValidatedMicroF1: finite.min(0).max(1).optional(),
    trainedAt: z.string().optional(),
    exampleCount: z.number().int().nonnegative(),
  })
  .strict()
  .superRefine((model, ctx) => {
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path });
    const labelCount = model.labels.length;
    for (const key of ['weights', 'bias', 'thresholds', 'calibration'] as const) {
      if (model[key].length !== labelCount) {
        issue(`has ${model[key].length} entries for ${labelCount} labels`, [key]);
      }
    }
    if (model.idf.length !== model.vocabulary.length) {
      issue(`has ${model.idf.length} entries for ${model.vocabulary.length} terms`, ['idf']);
    }
    if (new Set(model.labels).size !== labelCount) issue('labels repeat', ['labels']);
    if (new Set(model.vocabulary).size !== model.vocabulary.length) {
      issue('terms repeat', ['vocabulary']);
    }
    model.weights.forEach((w, l) => {
      if (w.values.length !== model.vocabulary.length) {
        issue(`has ${w.values.length} weights for ${model.vocabulary.length} terms`, [
          'weights',
          l,
        ]);
      }
    });
  });

export type ClassifierModel = z.infer<typeof classifierModelSchema>;
export type ClassWeight = ClassifierModel['settings']['classWeight'];
