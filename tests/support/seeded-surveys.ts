// Seeded random surveys for the suppression attack: a breakdown question with groups of very
// different sizes (some under any k), and every kind of figure a report publishes by group: yes/no,
// rating, an agree/disagree question, ticked options, a grid with and without agree-like columns,
// and themed comments, some still waiting for analysis. Each group answers with its own leanings and
// questions are skipped at random, so small and empty cells turn up everywhere.
import type {
  FreeTextAnalysis,
  ReportInput,
  ReportResponse,
  ReportVersion,
} from '../../analysis/report/input-types.ts';

export type Random = (below: number) => number;

/** A small linear congruential generator: the same seed gives the same surveys everywhere. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
}

const likert = ['strongly_agree', 'agree', 'disagree', 'does_not_apply'];
const themes = ['waiting', 'staff', 'communication'];

export const BREAKDOWN = 'group';

function surveyJson(groups: number) {
  const choice = (name: string, choices: string[], type = 'radiogroup') => ({
    type,
    name,
    title: name,
    choices,
  });
  return {
    pages: [
      {
        name: 'p1',
        elements: [
          choice(
            BREAKDOWN,
            Array.from({ length: groups }, (_, i) => `g${i}`),
          ),
          { type: 'boolean', name: 'plan', title: 'plan' },
          { type: 'rating', name: 'rating', title: 'rating', rateMin: 1, rateMax: 3 },
          choice('confidence', ['agree', 'disagree', 'dont_know']),
          choice('services', ['salt', 'camhs', 'ot'], 'checkbox'),
          {
            type: 'matrix',
            name: 'experiences',
            title: 'experiences',
            columns: likert,
            rows: ['offer', 'listened'],
          },
          {
            type: 'matrix',
            name: 'contact',
            title: 'contact',
            columns: ['often', 'sometimes', 'never'],
            rows: ['school', 'council'],
          },
          { type: 'comment', name: 'comments', title: 'comments' },
        ],
      },
    ],
  };
}

export interface GeneratedSurvey {
  input: ReportInput;
  groups: number;
}

/** Respondents' answers: each group leans its own way, so cells vary from 0 to most of a group. */
function answerer(random: Random, groups: number) {
  const lean = Array.from({ length: groups + 1 }, () =>
    Array.from({ length: 12 }, () => 1 + random(6)),
  );
  const skip = Array.from({ length: 8 }, () => random(40));
  const pick = (group: number, slot: number, options: number) => {
    const weights = (lean[group] as number[]).slice(slot, slot + options);
    let at = random(weights.reduce((a, b) => a + b, 0));
    for (let i = 0; i < options; i++) {
      at -= weights[i] as number;
      if (at < 0) return i;
    }
    return options - 1;
  };
  const asked = (q: number) => random(100) >= (skip[q] as number);
  return (group: number) => {
    const answers: Record<string, unknown> = {};
    if (group < groups) answers[BREAKDOWN] = `g${group}`;
    if (asked(0)) answers.plan = pick(group, 0, 2) === 0;
    if (asked(1)) answers.rating = 1 + pick(group, 1, 3);
    if (asked(2)) answers.confidence = ['agree', 'disagree', 'dont_know'][pick(group, 2, 3)];
    if (asked(3)) {
      const ticked = ['salt', 'camhs', 'ot'].filter((_, i) => pick(group, 4 + i, 2) === 0);
      if (ticked.length > 0) answers.services = ticked;
    }
    if (asked(4)) {
      answers.experiences = {
        offer: likert[pick(group, 5, 4)],
        listened: likert[pick(group, 6, 4)],
      };
    }
    if (asked(5)) answers.contact = { school: ['often', 'sometimes', 'never'][pick(group, 7, 3)] };
    if (asked(6)) answers.comments = 'Waiting lists are long and nobody calls back.';
    return answers;
  };
}

/** With `versions` above 1, responses are shared among versions with the same definition. */
export function generateSurvey(random: Random, versions = 1): GeneratedSurvey {
  const groups = 3 + random(3);
  const json = surveyJson(groups);
  const published: ReportVersion[] = Array.from({ length: versions }, (_, v) => ({
    id: `v${v + 1}`,
    version: v + 1,
    json,
    settings: {
      themedQuestions: ['comments'],
      positiveOptions: { confidence: ['agree'] },
    },
  }));
  // Group sizes from big to tiny; the last slot stands for people who skipped the breakdown.
  const weights = Array.from({ length: groups + 1 }, (_, i) =>
    i === groups ? random(3) : 1 + random(i === 0 ? 40 : 18),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const answer = answerer(random, groups);
  const n = 20 + random(70);
  const responses: ReportResponse[] = [];
  const freeText = new Map<string, Map<string, FreeTextAnalysis>>();
  for (let i = 0; i < n; i++) {
    let at = random(total);
    let group = 0;
    while (at >= (weights[group] as number)) at -= weights[group++] as number;
    const answers = answer(group);
    const id = `r${i}`;
    const versionId = `v${1 + random(versions)}`;
    responses.push({ id, versionId, answers, submittedAt: '2026-01-05T10:00:00.000Z' });
    // Most comments are analysed (some not substantive, some with no theme); the rest wait.
    if (answers.comments !== undefined && random(5) > 0) {
      const tagged = themes.filter(() => random(3) === 0);
      const analysis: FreeTextAnalysis = {
        substantive: random(8) > 0,
        themes: tagged,
        redacted: String(answers.comments),
        safeguarding: false,
      };
      freeText.set(id, new Map([['comments', analysis]]));
    }
  }
  return {
    groups,
    input: {
      survey: { slug: 'generated', title: 'Generated survey' },
      versions: published,
      responses,
      freeText,
      themes: themes.map((id) => ({ id, label: id })),
    },
  };
}
