// Installing a trained model changes how answers are tagged, so every answer is queued again; the
// running servers pick the model up from the database and work through the queue.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseCodebook } from '../../analysis/codebook.ts';
import { learnFromCodes, MIN_CODED_EXAMPLES } from '../../analysis/learn-from-codes.ts';
import { themeModelFromFile } from '../../analysis/theme-model.ts';
import { activateThemeModel, latestCodebook } from '../../db/codebooks-repository.ts';
import { requestRetag, taggingStatus } from '../../db/tagging-repository.ts';
import { officerCodedExamples } from '../tagging/coded-examples.ts';
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

/** Learns from officers' codes: agreement on a held-out share first, then a model from them all. */
async function trainFromCodes(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      install: { type: 'boolean' },
      codebook: { type: 'string' },
    },
    strict: true,
  });
  return withAppDatabase(async ({ db, now }) => {
    const examples = await officerCodedExamples(db);
    if (examples.length < MIN_CODED_EXAMPLES) {
      process.stderr.write(
        `Only ${examples.length} coded answers: code at least ${MIN_CODED_EXAMPLES} first.\n`,
      );
      return 1;
    }
    const stored = await latestCodebook(db, values.codebook ?? 'send-default');
    if (!stored)
      throw new UsageError(`There is no codebook "${values.codebook ?? 'send-default'}".`);
    const learned = learnFromCodes(examples, parseCodebook(stored.document));
    const { model } = learned;
    if (values.out) writeFileSync(values.out, JSON.stringify(model));
    let installed: { model: string; queued: number } | undefined;
    if (values.install) {
      const id = await activateThemeModel(
        db,
        { document: model, labels: model.labels, exampleCount: examples.length },
        now(),
      );
      installed = {
        model: id,
        queued: (await requestRetag(db, { reason: `model ${id}`, now: now() })).total,
      };
    }
    const summary = {
      coded: learned.coded,
      heldOut: learned.heldOut,
      agreement: learned.agreement.withModel,
      rulesOnly: learned.agreement.rulesOnly,
      labels: model.labels,
      ...installed,
    };
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return EXIT_OK;
  });
}

export async function modelCommand(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'install') return install(rest);
  if (action === 'train') return trainFromCodes(rest);
  throw new UsageError('Usage: model install --file MODEL | model train [--out FILE] [--install]');
}

export async function taggingCommand(args: string[]): Promise<number> {
  if (args[0] === 'status' && args.length === 1) return status();
  throw new UsageError('Usage: tagging status');
}
