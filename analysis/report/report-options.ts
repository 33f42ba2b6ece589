// The caller's options, checked, so a bad query parameter becomes a typed 400 rather than a crash
// deep inside the counting.
import { z } from 'zod';
import { InvalidParameterError } from './errors.ts';
import type { ReportOptions } from './input-types.ts';

export const reportOptionsSchema = z.object({
  k: z.number().int().min(1),
  lowestK: z.number().int().min(1).optional(),
  by: z.string().min(1).optional(),
  version: z.number().int().min(1).optional(),
  now: z.date().optional(),
  narratives: z
    .record(
      z.string(),
      z.object({
        text: z.string(),
        answeredWhenWritten: z.number().int().min(0).optional(),
        answeredNow: z.number().int().min(0).optional(),
        figuresWhenWritten: z.string().optional(),
        figuresNow: z.string().optional(),
      }),
    )
    .optional(),
});

export function parseReportOptions(options: ReportOptions): ReportOptions {
  const parsed = reportOptionsSchema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const parameter = String(issue?.path[0] ?? 'options');
  throw new InvalidParameterError(
    parameter,
    `Invalid ${parameter}: ${issue?.message ?? 'invalid'}`,
  );
}
