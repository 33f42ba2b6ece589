// Installing a trained model changes how answers are tagged, so every answer is queued again; the
// running servers pick the model up from the database and work through the queue.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { trainClassifier } from '../../analysis/classifier/index.ts';
import { parseCodebook } from '../../analysis/codebook.ts';
import { evaluateAgreement, splitHoldout } from '../../analysis/metrics.ts';
import { createTagger } from '../../analysis/tag-answer.ts';
import { themeModelFromFile } from '../../analysis/theme-model.ts';
import { activateThemeModel, latestCodebook } from '../../db/codebooks-repository.ts';
import type { Db } from '../../db/connection.ts';
import { listHumanCodedAnswers, requestRetag, taggingStatus } from '../../db/tagging-repository.ts';
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

const MIN_CODED = 10;

async function codedExamples(db: Db) {
  const coded = await listHumanCodedAnswers(db);
  return coded.flatMap((c) => {
    const text = (JSON.parse(c.answers) as Record<string, unknown>)[c.question];
    return typeof text === 'string'
      ? [{ id: `${c.responseId}:${c.question}`, text, labels: c.themes }]
      : [];
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
    const examples = await codedExamples(db);
    if (examples.length < MIN_CODED) {
      process.stderr.write(
        `Only ${examples.length} coded answers: code at least ${MIN_CODED} first.\n`,
      );
      return 1;
    }
    const stored = await latestCodebook(db, values.codebook ?? 'send-default');
    if (!stored)
      throw new UsageError(`There is no codebook "${values.codebook ?? 'send-default'}".`);
    const codebook = parseCodebook(stored.document);
    const { train, test } = splitHoldout(examples, 0.3, 1);
    const heldOutTagger = createTagger({
      codebook,
      model: themeModelFromFile(trainClassifier(train)),
    });
    const agreement = evaluateAgreement(
      test.map((e) => ({ id: e.id, labels: e.labels })),
      test.map((e) => ({
        id: e.id,
        labels: heldOutTagger.tag({ text: e.text }).themes.map((t) => t.id),
      })),
    );
    const model = trainClassifier(examples);
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
      coded: examples.length,
      heldOut: test.length,
      agreement,
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
