import { parseArgs } from 'node:util';
import { evaluateAgreement } from '../../analysis/metrics.ts';
import { createTagger } from '../../analysis/tag-answer.ts';
import { UsageError } from './cli-errors.ts';
import { type CodedAnswer, readCodedAnswers } from './coded-answers.ts';
import { agreementTable, parseSplitOption, selectSplit } from './evaluate-split.ts';
import { loadCodebookOption, loadModelOption, requireFile } from './load-tagger.ts';
import { createProgress } from './progress.ts';

export async function evaluateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      gold: { type: 'string' },
      codebook: { type: 'string' },
      model: { type: 'string' },
      split: { type: 'string' },
      table: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.gold)
    throw new UsageError('evaluate needs --gold FILE (JSON Lines of coded answers).');
  const split = parseSplitOption(values.split);
  const codebook = loadCodebookOption(values.codebook);
  const tagger = createTagger({ codebook, model: loadModelOption(values.model) });
  const read = await readCodedAnswers(requireFile(values.gold, 'Gold'));
  const { exitCode } = read;
  const { part, answers } = selectSplit(read.answers, split);
  const progress = createProgress('Evaluated', 'answers', answers.length);
  const results = answers.map((a) => {
    progress.tick();
    return tagger.tag({ text: a.text, question: a.question });
  });
  const predicted = results.map((r, i) => ({
    id: answers[i]?.id ?? '',
    labels: r.themes.map((t) => t.id),
  }));
  progress.done();
  const labels = [
    ...new Set([...codebook.themes.map((t) => t.id), ...answers.flatMap((a) => a.themes)]),
  ];
  const report = evaluateAgreement(
    answers.map((a) => ({ id: a.id, labels: a.themes })),
    predicted,
    labels,
  );
  // Where the gold file marks them (unmarked answers are substantive and not at risk), the two
  // flags are compared as yes/no labels of their own.
  const flag = (name: 'safeguarding' | 'substantive') => {
    if (!answers.some((a) => a[name] !== undefined)) return undefined;
    const gold = (a: CodedAnswer) => a[name] ?? name === 'substantive';
    return evaluateAgreement(
      answers.map((a) => ({ id: a.id, labels: gold(a) ? [name] : [] })),
      answers.map((a, i) => ({ id: a.id, labels: results[i]?.[name] ? [name] : [] })),
      [name],
    ).themes[name];
  };
  const flags = { safeguarding: flag('safeguarding'), substantive: flag('substantive') };
  if (values.table) process.stdout.write(agreementTable(report, part, answers.length));
  else {
    const output = { split: { part, answers: answers.length }, ...report, flags };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  }
  return exitCode;
}
