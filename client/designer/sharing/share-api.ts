// The sharing calls: the survey's public addresses and its single-use access codes.
import { z } from 'zod';
import { accessCodesSummarySchema, shareInfoSchema } from '../../../server/designer-contracts.ts';
import { call } from '../../officer/officer-api.ts';
import { surveyPath } from '../publish/publish-api.ts';

export const fetchShareInfo = (slug: string) =>
  call(surveyPath(slug, '/share'), (b) => shareInfoSchema.safeParse(b).data);

export const fetchCodeCounts = (slug: string) =>
  call(surveyPath(slug, '/access-codes'), (b) => accessCodesSummarySchema.safeParse(b).data);

const issuedSchema = z.object({ codes: z.array(z.string()) });

export const issueCodes = (slug: string, count: number) =>
  call(surveyPath(slug, '/access-codes'), (b) => issuedSchema.safeParse(b).data?.codes, {
    method: 'POST',
    body: JSON.stringify({ count }),
  });
