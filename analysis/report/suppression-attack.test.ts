// The attack on suppression, reproduced: an officer downloads a survey's reports (by a breakdown
// question, at several k) and bounds every hidden count by integer linear programming over
// everything they show together: counts, and the percentages and intervals that travel with them,
// the number who answered, answers still being analysed, breakdown groups and their sizes. The
// unknowns are counts per breakdown group, hidden groups included, and per person who skipped the
// breakdown question (tests/support/disclosure-model.ts).
//
// A hidden count is given away (tests/support/disclosure-solver.ts) when, while the people it is
// counted among could be more than none, it is certainly 1 to k-1, or certainly 0, or the people it
// leaves out are certainly 1 to k-1 or none: "a few of this group", "none of them", "all but a
// few", "all of them". None and all are no news when the same count for everyone is published as
// 0 or as everyone. k is the lowest k of the reports read together.
//
// One exposure is left out, on purpose and by name: how many of the people who skipped the
// breakdown question answered another question, when both that remainder and the number who skipped
// the other question are published under k (responses minus those who answered each; the report
// shows every number who answered, down to 1). Only hiding small numbers of skippers everywhere
// would close it; that is a decision about every report, not about groups.
//
// Reports of one version are read beside the all-versions report and the other versions' (one
// unknown per version and group); a version's hidden count is no news when the same count of all
// versions is shown as none or all of them.
//
// SUPPRESSION_ATTACK_SURVEYS=500 runs more surveys than the default.
import { describe, expect, it } from 'vitest';
import type { Exposure } from '../../tests/support/disclosure-solver.ts';
import { BREAKDOWN, generateSurvey, seededRandom } from '../../tests/support/seeded-surveys.ts';
import { attack, describeExposure } from '../../tests/support/suppression-attack.ts';
import { buildReport } from './build-report.ts';
import type { ReportOptions } from './input-types.ts';
import { many, testInput } from './report-fixtures.ts';
import type { BreakdownGroup } from './report-types.ts';

const SURVEYS = Number(process.env.SUPPRESSION_ATTACK_SURVEYS ?? 12);
const SLOW = 120_000;

describe('small groups worked out by subtraction', () => {
  // Overall 12 of 39 agree; primary 12 of 30; so the 9 in the two hidden groups all disagreed.
  const input = testInput([
    ...many(12, { setting: 'primary', confidence: 'agree' }, 'a'),
    ...many(18, { setting: 'primary', confidence: 'disagree' }, 'b'),
    ...many(5, { setting: 'secondary', confidence: 'disagree' }, 'c'),
    ...many(4, { setting: 'special', confidence: 'disagree' }, 'd'),
  ]);

  it('does not show that everyone in the hidden groups disagreed', async () => {
    expect((await attack(input, [{ k: 5, by: 'setting' }])).map(describeExposure)).toEqual([]);
  });

  it('hides the shown group’s agreement instead, keeping everyone’s', () => {
    const report = buildReport(input, { k: 5, by: 'setting' });
    const overall = report.questions.find((q) => q.name === 'confidence');
    expect(overall?.agreement).toMatchObject({ count: 12, n: 39 });
    const primary = report.breakdown?.groups[0] as Extract<BreakdownGroup, { n: number }>;
    expect(primary.n).toBe(30);
    const inPrimary = primary.questions.find((q) => q.name === 'confidence');
    expect(inPrimary?.agreement).toEqual({ suppressed: true });
  });
});

/** "A few of those who skipped the breakdown question answered it": see the header. */
const skippersAnswered = (e: Exposure) =>
  /^(v\d+:)?rest\|/.test(e.key) && /\|(row:\d+:)?answered$/.test(e.key) && e.reason === 'a few';

/** Runs the attack on `SURVEYS` seeded surveys; returns every exposure found, one line each. */
async function attackSurveys(seed: number, reportsOf: (k: number) => ReportOptions[]) {
  const random = seededRandom(seed);
  const found: string[] = [];
  for (let s = 0; s < SURVEYS; s++) {
    const { input } = generateSurvey(random);
    const k = [3, 5, 10][random(3)] as number;
    const exposures = (await attack(input, reportsOf(k))).filter((e) => !skippersAnswered(e));
    found.push(...exposures.map((e) => `survey ${s}: ${describeExposure(e)}`));
  }
  return found;
}

describe('generated surveys under the solver', () => {
  it(
    'leaves every hidden count of a report by group in doubt',
    async () => {
      const found = await attackSurveys(1, (k) => [{ k, by: BREAKDOWN }]);
      expect(found).toEqual([]);
    },
    SLOW,
  );

  it(
    'leaves them in doubt with the same report at several k and without the breakdown',
    async () => {
      const found = await attackSurveys(2, (k) => [
        { k, by: BREAKDOWN, lowestK: k },
        { k: k + 2, by: BREAKDOWN, lowestK: k },
        { k: 2 * k, by: BREAKDOWN, lowestK: k },
        { k, lowestK: k },
      ]);
      expect(found).toEqual([]);
    },
    SLOW,
  );
});

/** Every figure by a stable path (names, values and ids, never positions): hidden or shown. */
function figures(value: unknown, path = '', into = new Map<string, 'hidden' | 'shown'>()) {
  if (Array.isArray(value)) {
    value.forEach((item: Record<string, unknown>, i) => {
      figures(item, `${path}/${String(item?.id ?? item?.name ?? item?.value ?? i)}`, into);
    });
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.suppressed === true) into.set(path, 'hidden');
    else if (typeof o.count === 'number' || typeof o.answered === 'number') into.set(path, 'shown');
    for (const [key, v] of Object.entries(o))
      if (key !== 'timeline') figures(v, `${path}.${key}`, into);
  }
  return into;
}

describe('reports at several k', () => {
  it('never show at a higher k what the lowest k hides', () => {
    const random = seededRandom(4);
    for (let s = 0; s < 30; s++) {
      const { input } = generateSurvey(random);
      const low = figures(buildReport(input, { k: 3, by: BREAKDOWN, lowestK: 3 }));
      for (const k of [4, 5, 7, 10]) {
        const high = figures(buildReport(input, { k, by: BREAKDOWN, lowestK: 3 }));
        for (const [path, state] of low) {
          if (state === 'hidden')
            expect(high.get(path), `survey ${s}, k ${k}: ${path}`).not.toBe('shown');
        }
      }
    }
  });
});

describe('reports of one version beside all versions together', () => {
  // All versions minus version 1 is version 2, count by count: a count shown in both could leave a
  // small one for version 2, which its own report hides. Versions are suppressed as the groups of a
  // breakdown are (protect-versions.ts).
  it(
    'leaves every hidden count in doubt',
    async () => {
      const random = seededRandom(3);
      const { input } = generateSurvey(random, 2);
      const options = [{ k: 5 }, { k: 5, version: 1 }, { k: 5, version: 2 }];
      expect((await attack(input, options)).map(describeExposure)).toEqual([]);
    },
    SLOW,
  );

  // A version of fewer than k responses says so, as a survey of fewer than k would: every count in
  // it is then a few or none, hidden or not. Larger runs leave those versions out.
  it.runIf(process.env.SUPPRESSION_ATTACK_SURVEYS !== undefined)(
    'leaves them in doubt over many surveys, versions and k',
    async () => {
      const random = seededRandom(6);
      const found: string[] = [];
      for (let s = 0; s < SURVEYS; s++) {
        const { input } = generateSurvey(random, 2 + random(2));
        const k = [3, 5, 10][random(3)] as number;
        const sizes = input.versions.map(
          (v) => input.responses.filter((r) => r.versionId === v.id).length,
        );
        if (sizes.some((n) => n < k)) continue;
        const options = [{ k }, ...input.versions.map((v) => ({ k, version: v.version }))];
        const exposures = await attack(input, options);
        found.push(...exposures.map((e) => `survey ${s}: ${describeExposure(e)}`));
      }
      expect(found).toEqual([]);
    },
    SLOW * 10,
  );

  // Known residue, kept as a failing attack: a breakdown within each version is a table of
  // versions by groups, and protecting its rows and columns in turn (protect-version-groups.ts)
  // leaves a few cells pinned, nearly all a hidden number who answered whose complement (those in
  // the group who skipped the question) is 1 to k-1, and a hidden group's "all agree" where one
  // version shows 100%. Closing it means solving the suppression as one optimisation problem.
  it.fails(
    'leaves them in doubt with a breakdown within each version (fails: see above)',
    async () => {
      const random = seededRandom(5);
      const { input } = generateSurvey(random, 2);
      const options = [
        { k: 5, by: BREAKDOWN },
        { k: 5, by: BREAKDOWN, version: 1 },
        { k: 5, by: BREAKDOWN, version: 2 },
      ];
      const found = (await attack(input, options)).filter((e) => !skippersAnswered(e));
      expect(found.map(describeExposure)).toEqual([]);
    },
    SLOW,
  );
});
