// The bursts page's calls: the hourly counts and clusters, setting a group aside and undoing it.
import {
  burstsViewSchema,
  type SetAsideBody,
  setAsideResultSchema,
} from '../../../server/set-aside-contracts.ts';
import { call } from '../officer-api.ts';

const base = (slug: string) => `/api/surveys/${encodeURIComponent(slug)}`;

export const fetchBursts = (slug: string) =>
  call(`${base(slug)}/bursts`, (b) => burstsViewSchema.safeParse(b).data);

export const setAside = (slug: string, body: SetAsideBody) =>
  call(`${base(slug)}/set-asides`, (b) => setAsideResultSchema.safeParse(b).data, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export const undoSetAside = (slug: string, batchId: string, reason: string) =>
  call(`${base(slug)}/set-asides/${encodeURIComponent(batchId)}/undo`, () => true, {
    method: 'POST',
    body: JSON.stringify(reason.trim() ? { reason: reason.trim() } : {}),
  });
