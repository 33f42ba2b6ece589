// Answer sets near a valid one, for comparing two validators: each takes a valid set and changes
// one or two things a careless or hostile client might (a blank, a wrong type, an unknown option,
// "other" without its text, a key named like a built-in method). Seeded, so failures repeat.
import { seededRandom } from '../../analysis/classifier/random.ts';
import { generateAnswers } from './generate-answers.ts';

type Answers = Record<string, unknown>;
type Random = () => number;

const pick = <T>(items: T[], random: Random): T => items[Math.floor(random() * items.length)] as T;

const ODD_VALUES: unknown[] = [
  '',
  '   ',
  'other',
  'none',
  'item1',
  0,
  -1,
  1,
  3,
  99999,
  '5',
  'abc',
  'someone@example.org',
  'not an email',
  true,
  false,
  null,
  [],
  {},
  ['other'],
  ['none'],
  ['item1', 'item2'],
  ['item1', 'item1'],
  { constructor: 'x' },
  { toString: 1 },
  [{ toString: 1 }],
  'x'.repeat(300),
];

function mutate(answers: Answers, keys: string[], random: Random): Answers {
  const next: Answers = { ...answers };
  const key = pick(keys, random);
  const roll = random();
  if (roll < 0.2) delete next[key];
  else if (roll < 0.35) next[`${key}-Comment`] = pick(['', 'my own words', '  '], random);
  else if (roll < 0.45 && Array.isArray(next[key])) {
    next[key] = [...(next[key] as unknown[]), pick(['other', 'none', 'item2', 7], random)];
  } else if (roll < 0.55 && next[key] && typeof next[key] === 'object') {
    const inner = { ...(next[key] as Answers) };
    const innerKey = pick(Object.keys(inner).concat(['unknown_row']), random);
    inner[innerKey] = pick(ODD_VALUES, random);
    next[key] = inner;
  } else if (roll < 0.6) {
    // defineProperty, so that `__proto__` is a key of the answers and not their prototype.
    const name = pick(['no_such_question', 'toString', '__proto__'], random);
    Object.defineProperty(next, name, { value: 1, enumerable: true, writable: true });
  } else next[key] = pick(ODD_VALUES, random);
  return next;
}

/** `count` answer sets for one definition: about a third valid, the rest one or two changes off. */
export function answerCases(json: unknown, count: number, seed: number): Answers[] {
  const random = seededRandom(seed);
  const texts = ['It has been hard to get help.', 'Fine', '  ', 'a@b.co', '12'];
  // Building a survey-core model per set is slow, so a few valid sets are the base of the rest.
  const pool = Array.from({ length: 6 }, () => generateAnswers(json, { random, texts }));
  const keys = Object.keys(generateAnswers(json));
  const cases: Answers[] = [{}, generateAnswers(json)];
  while (cases.length < count) {
    const valid = pick(pool, random);
    const allKeys = Object.keys(valid).concat(keys);
    if (allKeys.length === 0 || random() < 0.3) {
      cases.push(valid);
      continue;
    }
    let changed = mutate(valid, allKeys, random);
    if (random() < 0.4) changed = mutate(changed, allKeys, random);
    cases.push(changed);
  }
  return cases;
}
