import { parseArgs } from 'node:util';
import { z } from 'zod';
import { EXIT_BAD_LINES, EXIT_OK } from './cli-errors.ts';
import { readJsonLines } from './json-lines.ts';
import { loadTagger } from './load-tagger.ts';
import { createProgress } from './progress.ts';

const inputSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  question: z.string().optional(),
});

export async function tagCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { codebook: { type: 'string' }, model: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const tagger = loadTagger(values);
  const progress = createProgress('Tagged', 'answers');
  let failed = false;
  const lines = readJsonLines(process.stdin, inputSchema, ({ line, problem }) => {
    failed = true;
    process.stderr.write(`line ${line}: ${problem}\n`);
  });
  for await (const { value } of lines) {
    const result = tagger.tag({ text: value.text, question: value.question });
    const out = {
      id: value.id,
      themes: result.themes,
      sentiment: result.sentiment,
      substantive: result.substantive,
      safeguarding: result.safeguarding,
      safeguardingEvidence: result.safeguardingEvidence,
      redacted: result.redacted,
    };
    if (!process.stdout.write(`${JSON.stringify(out)}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
    progress.tick();
  }
  progress.done();
  return failed ? EXIT_BAD_LINES : EXIT_OK;
}
