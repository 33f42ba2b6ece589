// The receipt API's shapes, shared by server/routes/receipts.ts and the parent's /receipt page.
import { z } from 'zod';
import { actionStatusSchema } from './action-contracts.ts';
import { receiptCodeSchema } from './contracts.ts';

export const receiptBodySchema = z.strictObject({ code: receiptCodeSchema });
export type ReceiptBody = z.infer<typeof receiptBodySchema>;

const themeSchema = z.object({ id: z.string(), label: z.string() });

export const receiptLookupSchema = z.object({
  survey: z.object({ slug: z.string(), title: z.string() }),
  /** The themes the parent's answers are counted under now. */
  themes: z.array(themeSchema),
  /** Public actions for any of those themes. */
  actions: z.array(
    z.object({
      title: z.string(),
      description: z.string(),
      status: actionStatusSchema,
      themes: z.array(themeSchema),
    }),
  ),
  /** A later survey of the series, open now, that these answers can be linked to. */
  next: z.object({ slug: z.string(), title: z.string() }).optional(),
});
export type ReceiptLookup = z.infer<typeof receiptLookupSchema>;

export const receiptWithdrawnSchema = z.object({ withdrawn: z.literal(true) });

/** GET /api/site: ORGANISATION_NAME and ORGANISATION_CONTACT, as parents read them. */
export const siteInfoSchema = z.object({
  organisation: z.object({ name: z.string(), contact: z.string().nullable() }),
  /** RETENTION_MONTHS: answers are deleted after this many months (null: kept until deleted). */
  retentionMonths: z.number().nullable(),
  /** SUPPRESSION_K: no published figure is about fewer people than this. */
  minimumGroup: z.number(),
});
export type SiteInfo = z.infer<typeof siteInfoSchema>;
