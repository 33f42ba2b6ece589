// The actions page's calls: list, add, change and delete what the council will do.
import {
  type ActionBody,
  type ActionStatus,
  actionSchema,
  actionsViewSchema,
} from '../../../server/action-contracts.ts';
import {
  actionHistorySchema,
  actionTextSavedSchema,
} from '../../../server/action-history-contracts.ts';
import { call } from '../officer-api.ts';

const base = (slug: string) => `/api/surveys/${encodeURIComponent(slug)}/actions`;

export const fetchActions = (slug: string) =>
  call(base(slug), (b) => actionsViewSchema.safeParse(b).data);

export const addAction = (slug: string, body: ActionBody) =>
  call(base(slug), (b) => actionSchema.safeParse(b).data, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export const changeAction = (slug: string, id: string, body: ActionBody) =>
  call(`${base(slug)}/${encodeURIComponent(id)}`, (b) => actionSchema.safeParse(b).data, {
    method: 'PUT',
    body: JSON.stringify(body),
  });

export const deleteAction = (slug: string, id: string) =>
  call(`${base(slug)}/${encodeURIComponent(id)}`, () => true, { method: 'DELETE' });

const actionPath = (slug: string, id: string) => `${base(slug)}/${encodeURIComponent(id)}`;
const readHistory = (b: unknown) => actionHistorySchema.safeParse(b).data;

export const fetchHistory = (slug: string, id: string) =>
  call(`${actionPath(slug, id)}/history`, readHistory);

export const addUpdate = (
  slug: string,
  id: string,
  body: { note: string; status?: ActionStatus },
) =>
  call(`${actionPath(slug, id)}/updates`, readHistory, {
    method: 'POST',
    body: JSON.stringify(body),
  });

export const saveText = (
  slug: string,
  id: string,
  locale: string,
  body: { title: string; description: string },
) =>
  call(
    `${actionPath(slug, id)}/texts/${encodeURIComponent(locale)}`,
    (b) => actionTextSavedSchema.safeParse(b).data,
    { method: 'PUT', body: JSON.stringify(body) },
  );

export const signOff = (slug: string, id: string) =>
  call(`${actionPath(slug, id)}/approval`, readHistory, { method: 'POST' });
