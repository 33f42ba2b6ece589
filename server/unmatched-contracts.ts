// The officers' view of answers no theme matched, grouped by what they say (GET
// /api/surveys/<slug>/questions/<name>/unmatched-groups), shared with client/officer/unmatched/.
import { z } from 'zod';

/** Example answers shown per group, most typical first. */
export const GROUP_EXAMPLES = 3;

export const unmatchedGroupSchema = z.object({
  /** The group's most telling phrase, as parents wrote it: a suggested theme name. */
  label: z.string(),
  /** Words and phrases to start the new theme's keywords from. */
  keywords: z.array(z.string()),
  /** Answers in the group (an internal figure for officers, never published). */
  count: z.number().int(),
  /** A few answers of the group, redacted as every review page shows them. */
  examples: z.array(z.object({ responseId: z.string(), text: z.string() })),
});
export type UnmatchedGroup = z.infer<typeof unmatchedGroupSchema>;

export const unmatchedGroupsSchema = z.object({
  question: z.string(),
  questionTitle: z.string(),
  /** The codebook a new theme would go into, for the designer's page. */
  codebookKey: z.string().nullable(),
  /** Answers with something to say. */
  answered: z.number().int(),
  /** Of those, answers no theme matched. */
  unmatched: z.number().int(),
  /** How many of the unmatched answers were grouped (the first 2,000). */
  considered: z.number().int(),
  /** Answers read that are like no other. */
  ungrouped: z.number().int(),
  groups: z.array(unmatchedGroupSchema),
});
export type UnmatchedGroups = z.infer<typeof unmatchedGroupsSchema>;
