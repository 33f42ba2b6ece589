// The actions page's calls: list, add, change and delete what the council will do.
import {
  type ActionBody,
  actionSchema,
  actionsViewSchema,
} from '../../../server/action-contracts.ts';
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
