import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { trainClassifier } from '../../analysis/classifier/index.ts';
import { UsageError } from './cli-errors.ts';
import { readCodedAnswers } from './coded-answers.ts';
import { loadCodebookOption, requireFile } from './load-tagger.ts';

export async function trainCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { input: { type: 'string' }, out: { type: 'string' }, codebook: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.input)
    throw new UsageError('train needs --input FILE (JSON Lines of coded answers).');
  if (!values.out) throw new UsageError('train needs --out MODEL (where to write the model).');
  const codebook = values.codebook ? loadCodebookOption(values.codebook) : undefined;
  const { answers, exitCode } = await readCodedAnswers(requireFile(values.input, 'Input'));
  if (answers.length === 0) throw new UsageError(`No usable coded answers in ${values.input}.`);
  const started = performance.now();
  const model = trainClassifier(answers.map((a) => ({ text: a.text, labels: a.themes })));
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(values.out, JSON.stringify(model));
  const known = new Set(codebook?.themes.map((t) => t.id) ?? []);
  const outside = codebook ? model.labels.filter((l) => !known.has(l)) : [];
  process.stderr.write(
    `Trained on ${answers.length} answers in ${seconds.toFixed(1)} s: ${model.labels.length} labels learned` +
      (model.untrainedLabels.length > 0
        ? `; too few examples to learn ${model.untrainedLabels.map((u) => u.label).join(', ')} (the codebook rules cover them)`
        : '') +
      (outside.length > 0 ? `; labels not in the codebook: ${outside.join(', ')}` : '') +
      '\n',
  );
  return exitCode;
}
