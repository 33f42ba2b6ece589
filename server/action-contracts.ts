// The actions API ("What we will do"), shared by the server and the officers' page.
import { z } from 'zod';

export const ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const;
export const actionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** How each status reads to people. */
export const ACTION_STATUS_WORDS: Record<ActionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
};

export const actionBodySchema = z.strictObject({
  title: z.string().trim().min(1, 'give the action a title').max(200),
  description: z.string().trim().min(1, 'say in plain English what will be done').max(5000),
  status: actionStatusSchema,
  public: z.boolean(),
  themes: z.array(z.string().min(1).max(60)).max(50).default([]),
  questions: z.array(z.string().min(1).max(200)).max(200).default([]),
});
export type ActionBody = z.infer<typeof actionBodySchema>;

export const actionSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: actionStatusSchema,
  public: z.boolean(),
  themes: z.array(z.string()),
  questions: z.array(z.string()),
  /** YYYY-MM-DD */
  createdOn: z.string(),
  updatedOn: z.string(),
});
export type ActionView = z.infer<typeof actionSchema>;

export const actionsViewSchema = z.object({
  survey: z.object({ slug: z.string(), title: z.string() }),
  /** The themes an action may be linked to: the survey's codebook. */
  themes: z.array(z.object({ id: z.string(), label: z.string() })),
  /** The questions an action may be linked to: those the survey's report has. */
  questions: z.array(z.object({ name: z.string(), title: z.string() })),
  actions: z.array(actionSchema),
  /** Officers and admins write actions; everyone else who may read them only reads. */
  canEdit: z.boolean(),
});
export type ActionsView = z.infer<typeof actionsViewSchema>;
