// Human-coded answers, as the train and evaluate commands read them (JSON Lines).
import { z } from 'zod';
import { EXIT_BAD_LINES, EXIT_OK } from './cli-errors.ts';
import { openFile, readJsonLines } from './json-lines.ts';

export const codedAnswerSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  themes: z.array(z.string().min(1)),
  question: z.string().optional(),
  substantive: z.boolean().optional(),
  safeguarding: z.boolean().optional(),
  /** The page a comment was quoted from: the evaluate command splits on it (see group-split.ts). */
  url: z.string().optional(),
});
export type CodedAnswer = z.infer<typeof codedAnswerSchema>;

export async function readCodedAnswers(path: string) {
  const answers: CodedAnswer[] = [];
  let exitCode = EXIT_OK;
  for await (const { value } of readJsonLines(
    openFile(path),
    codedAnswerSchema,
    ({ line, problem }) => {
      exitCode = EXIT_BAD_LINES;
      process.stderr.write(`line ${line}: ${problem}\n`);
    },
  )) {
    answers.push(value);
  }
  return { answers, exitCode };
}
