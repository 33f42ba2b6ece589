// The shapes of asking for sign-off: who can be asked, who was asked, and what waits for whom.
import { z } from 'zod';

export const approverSchema = z.object({
  id: z.string(),
  email: z.string(),
  /** The capacity they would approve in by default (a forum member's voice is the rarer one). */
  capacity: z.enum(['officer', 'forum']),
});
export type Approver = z.infer<typeof approverSchema>;

export const askForSignOffBodySchema = z.strictObject({
  userIds: z.array(z.string().min(1).max(100)).min(1).max(20),
});

export const signOffRequestSchema = z.object({
  email: z.string(),
  askedBy: z.string(),
  askedAt: z.string(),
});
export type SignOffRequest = z.infer<typeof signOffRequestSchema>;

/** A draft the signed-in person was asked to sign off and has not yet approved. */
export const waitingSignOffSchema = z.object({
  slug: z.string(),
  title: z.string(),
  askedBy: z.string(),
  askedAt: z.string(),
});
export type WaitingSignOff = z.infer<typeof waitingSignOffSchema>;
