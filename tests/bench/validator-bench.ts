// Microseconds per validation of one response to the shipped send-parent-experience survey: the
// compiled validator against the reference (survey-core's model), on the same generated answers.
// Both include the structure check (copy into null-prototype objects, limits, keys), as a request
// does.
import { readFileSync } from 'node:fs';
import { seededRandom } from '../../analysis/classifier/random.ts';
import { compileVersion } from '../../server/survey-model/compiled-version.ts';
import {
  checkStructure,
  referenceVerdict,
  validateAnswers,
} from '../../server/survey-model/validate-answers.ts';
import { generateAnswers } from '../support/generate-answers.ts';

const TEXTS = [
  'Nothing.',
  'Our SENCO is brilliant and really listens to us.',
  'We waited over two years for an autism assessment and heard nothing in between.',
  'The EHC plan was late and vague; the annual review was cancelled twice.',
];

function microsecondsPer(run: () => void, count: number, seconds: number) {
  const started = performance.now();
  let done = 0;
  while (performance.now() - started < seconds * 1000 || done < count) {
    run();
    done++;
  }
  return ((performance.now() - started) * 1000) / done;
}

export function runValidatorBench(seconds = 2) {
  const file = JSON.parse(readFileSync('surveys/send-parent-experience.json', 'utf8')) as {
    json: Record<string, unknown>;
  };
  const version = compileVersion({
    id: 'bench',
    version: 1,
    definition: JSON.stringify(file.json),
    settings: '{}',
  });
  const random = seededRandom(11);
  const answerSets = Array.from({ length: 50 }, () =>
    generateAnswers(file.json, { random, texts: TEXTS }),
  );
  let i = 0;
  const next = () => answerSets[i++ % answerSets.length] ?? {};
  const compiled = microsecondsPer(() => validateAnswers(version, next()), 200, seconds);
  const reference = microsecondsPer(
    () => {
      const structure = checkStructure(version, next());
      if (structure.ok) referenceVerdict(version, structure.answers);
    },
    50,
    seconds,
  );
  const figures = {
    validatorPath: version.validatorPath,
    compiledMicroseconds: Math.round(compiled),
    referenceMicroseconds: Math.round(reference),
    speedUp: Number((reference / compiled).toFixed(1)),
  };
  console.log(
    `validation, one core   : ${figures.compiledMicroseconds} µs compiled (${figures.validatorPath}), ` +
      `${figures.referenceMicroseconds} µs reference, ${figures.speedUp}x (send-parent-experience)`,
  );
  return figures;
}

if (process.argv[1]?.endsWith('validator-bench.ts')) runValidatorBench();
