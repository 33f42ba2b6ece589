// The account model shared by the routes, the middleware and the command line.
import { z } from 'zod';
import type { UserRow } from '../../db/users-repository.ts';

export const ROLES = ['admin', 'officer', 'designer'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

/** What may be shown about an account: never its password hash. */
export interface PublicUser {
  id: string;
  email: string;
  role: Role;
  forumMember: boolean;
}

export interface AccountSummary extends PublicUser {
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** How many answered is officers' business: designers build questionnaires and see no counts. */
export const seesResponseCounts = (role: Role) => role === 'officer' || role === 'admin';

// Roles are checked on the way in; an unknown one in the database fails loudly, never as a guess.
const asRole = (role: string): Role => roleSchema.parse(role);

export const toPublicUser = (row: UserRow): PublicUser => ({
  id: row.id,
  email: row.email,
  role: asRole(row.role),
  forumMember: row.forum_member === 1,
});

export const toAccountSummary = (row: UserRow): AccountSummary => ({
  ...toPublicUser(row),
  disabled: row.disabled === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
