// Rebuilds the default codebook's weak-theme check model from the composed comments in tests/data.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkModelExamples, trainCheckModel } from '../../analysis/check-model-training.ts';
import { DEFAULT_CHECK_MODEL_PATH } from '../../analysis/default-check-model.ts';
import { loadDefaultCodebook } from '../../analysis/default-codebook.ts';
import { readCodedAnswers } from './coded-answers.ts';
import { requireFile } from './load-tagger.ts';

const COMPOSED_DEV = 'tests/data/send-comments-dev.jsonl';

export async function checkModelCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { input: { type: 'string' }, out: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const input = requireFile(values.input ?? COMPOSED_DEV, 'Input');
  const { answers, exitCode } = await readCodedAnswers(input);
  const model = trainCheckModel(checkModelExamples(answers, loadDefaultCodebook()));
  const out = values.out ?? DEFAULT_CHECK_MODEL_PATH;
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  process.stderr.write(
    `Check model: ${model.labels.length} labels from ${input}, written to ${out}\n`,
  );
  return exitCode;
}
