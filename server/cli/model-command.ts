// Installing a trained model changes how answers are tagged, so every answer is queued again; the
// running servers pick the model up from the database and work through the queue.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { themeModelFromFile } from '../../analysis/theme-model.ts';
import { activateThemeModel } from '../../db/codebooks-repository.ts';
import { requestRetag, taggingStatus } from '../../db/tagging-repository.ts';
import { withAppDatabase } from './app-database.ts';
import { EXIT_OK, UsageError } from './cli-errors.ts';
import { requireFile } from './load-tagger.ts';

async function install(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { file: { type: 'string' } }, strict: true });
  if (!values.file) throw new UsageError('model install needs --file MODEL (from "cli -- train").');
  const text = readFileSync(requireFile(values.file, 'Model'), 'utf8');
  let document: unknown;
  let labels: readonly string[];
  try {
    document = JSON.parse(text);
    labels = themeModelFromFile(document).labels;
  } catch (error) {
    throw new UsageError(
      `${values.file} is not a usable model: ${error instanceof Error ? error.message : error}`,
    );
  }
  const exampleCount =
    typeof document === 'object' && document !== null && 'exampleCount' in document
      ? Number(document.exampleCount)
      : 0;
  return withAppDatabase(async ({ db, now }) => {
    const id = await activateThemeModel(db, { document, labels: [...labels], exampleCount }, now());
    const run = await requestRetag(db, { reason: `model ${id}`, now: now() });
    process.stdout.write(
      `${JSON.stringify({ model: id, labels: labels.length, queued: run.total })}\n`,
    );
    return EXIT_OK;
  });
}

async function status(): Promise<number> {
  return withAppDatabase(async ({ db }) => {
    process.stdout.write(`${JSON.stringify(await taggingStatus(db), null, 2)}\n`);
    return EXIT_OK;
  });
}

export async function modelCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'install') return install(rest);
  throw new UsageError('Usage: model install --file MODEL');
}

export async function taggingCommand(args: string[]): Promise<number> {
  if (args[0] === 'status' && args.length === 1) return status();
  throw new UsageError('Usage: tagging status');
}
