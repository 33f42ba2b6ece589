// A codebook is the people-editable definition of the themes answers are tagged with. It is a
// versioned JSON document; the default SEND codebook ships in analysis/codebooks/.
import { z } from 'zod';

export const themeIdSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and underscores');

/**
 * A term is a word or phrase. Each word is matched by its stem, so "wait" also matches "waited"
 * and "waiting"; a word ending in "*" matches any word starting with it ("therap*"); a word in
 * double quotes must match exactly ("\"ot\"").
 */
const termSchema = z.string().trim().min(1).max(120);

export const themeSchema = z
  .object({
    id: themeIdSchema,
    label: z.string().min(1).max(120),
    description: z.string().max(2000).default(''),
    /** Terms that on their own show the answer is about the theme. */
    strong: z.array(termSchema).default([]),
    /** Terms that hint at the theme: two of them, or one with a strong term, are needed. */
    weak: z.array(termSchema).default([]),
    /** Phrases that cancel a match of this theme's terms when they overlap it ("no wait"). */
    exclude: z.array(termSchema).default([]),
    /** Example answers, for people reading the codebook and as seed training data. */
    examples: z.array(z.string().min(1).max(2000)).default([]),
  })
  .strict();
export type Theme = z.infer<typeof themeSchema>;

export const codebookSchema = z
  .object({
    id: z.string().min(1).max(80),
    version: z.number().int().positive(),
    name: z.string().min(1).max(200),
    description: z.string().max(4000).default(''),
    themes: z.array(themeSchema).min(1),
  })
  .strict()
  .superRefine((codebook, ctx) => {
    const seen = new Set<string>();
    codebook.themes.forEach((theme, index) => {
      if (seen.has(theme.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['themes', index, 'id'],
          message: `duplicate theme id "${theme.id}"`,
        });
      }
      seen.add(theme.id);
    });
  });
export type Codebook = z.infer<typeof codebookSchema>;
export type CodebookInput = z.input<typeof codebookSchema>;

/** Parses a codebook document, with messages that name the theme and field at fault. */
export function parseCodebook(input: unknown): Codebook {
  const result = codebookSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (i) => `${i.path.join('.') || '(codebook)'}: ${i.message}`,
  );
  throw new Error(`Invalid codebook: ${problems.join('; ')}`);
}
