// Account administration (admins only) and setting a password from a one-time link (anyone with
// the link). Links come back as paths; the page shows them as full addresses to pass on.
import { z } from 'zod';
import { call } from '../officer-api.ts';

export const ROLES = ['officer', 'designer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  forumMember: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type AccountSummary = z.infer<typeof accountSchema>;

const resetSchema = z.object({ link: z.string(), expiresAt: z.string() });

export const fetchAccounts = () =>
  call('/api/users', (b) => accountSchema.array().safeParse(b).data);

export const addAccount = (email: string, role: Role, forumMember: boolean) =>
  call(
    '/api/users',
    (b) => z.object({ user: accountSchema, resetLink: z.string().optional() }).safeParse(b).data,
    { method: 'POST', body: JSON.stringify({ email, role, forumMember }) },
  );

export const setAccountDisabled = (id: string, disabled: boolean) =>
  call(
    `/api/users/${encodeURIComponent(id)}/${disabled ? 'disable' : 'enable'}`,
    (b) => z.object({ user: accountSchema }).safeParse(b).data?.user,
    { method: 'POST' },
  );

export const issueResetLink = (id: string) =>
  call(`/api/users/${encodeURIComponent(id)}/reset`, (b) => resetSchema.safeParse(b).data, {
    method: 'POST',
  });

export const setNewPassword = (token: string, password: string) =>
  call('/api/password-reset', () => true, {
    method: 'POST',
    body: JSON.stringify({ token, password }),
  });

/** The address to pass on: the server returns the path, this page knows its own origin. */
export const fullLink = (path: string) => new URL(path, window.location.origin).href;
