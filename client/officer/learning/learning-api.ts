// The calls of the "Teach the automatic themes" page.
import { z } from 'zod';
import { installResultSchema, trainingOverviewSchema } from '../../../server/training-contracts.ts';
import { call } from '../officer-api.ts';

const BASE = '/api/model-trainings';

export const fetchTraining = () => call(BASE, (b) => trainingOverviewSchema.safeParse(b).data);

export const startTraining = () =>
  call(BASE, (b) => z.object({ id: z.string() }).safeParse(b).data, {
    method: 'POST',
    body: JSON.stringify({}),
  });

export const installModel = (id: string) =>
  call(`${BASE}/${encodeURIComponent(id)}/install`, (b) => installResultSchema.safeParse(b).data, {
    method: 'POST',
  });

export const discardModel = (id: string) =>
  call(`${BASE}/${encodeURIComponent(id)}/discard`, () => true, { method: 'POST' });
