// Attacks on the answer path that once gave 500s or changed what other parents saw: keys named
// after Object.prototype's members, answers nested thousands deep, answers too long to be real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listResponses } from '../../db/responses-repository.ts';
import {
  createTestApp,
  postJson,
  SHIPPED_SURVEYS_DIR,
  type TestApp,
  writeSurveysDir,
} from '../support/test-app.ts';

const honestPulse = {
  respondent_role: 'parent',
  confidence: { know_who_to_contact: 'agree' },
};

async function codeOf(res: Response) {
  return ((await res.json()) as { error: { code: string } }).error.code;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ surveysDir: SHIPPED_SURVEYS_DIR });
});
afterAll(async () => t?.close());

const send = (answers: unknown, slug = 'confidence-pulse') =>
  t.request(`/api/surveys/${slug}/responses`, postJson({ answers }));

describe('keys named like built-in methods', () => {
  it('a hasOwnProperty key in a grid answer is refused and leaves nothing behind', async () => {
    const grid = await firstGridRow();
    const attack = await send({ confidence: { hasOwnProperty: { a: 1 } } });
    expect(attack.status).toBe(400);
    const honest = await send({ ...honestPulse, confidence: grid });
    expect(honest.status).toBe(201);
    const again = await send({ ...honestPulse, confidence: grid });
    expect(again.status).toBe(201);
  });

  it('leaves nothing behind on a survey checked by survey-core itself (reference path)', async () => {
    const json = {
      elements: [
        { type: 'matrix', name: 'grid', columns: ['yes', 'no'], rows: ['a', 'b'] },
        { type: 'matrixdynamic', name: 'people', columns: [{ name: 'age', cellType: 'text' }] },
      ],
    };
    const app = await createTestApp({
      surveysDir: writeSurveysDir([{ slug: 'ref', title: 'Ref', status: 'open', json }]),
    });
    try {
      const post = (answers: unknown) =>
        app.request('/api/surveys/ref/responses', postJson({ answers }));
      for (const attack of [
        { grid: { hasOwnProperty: { a: 1 } } },
        { people: [{ age: { toString: 1 } }] },
        { people: [{ constructor: 1 }] },
      ]) {
        expect((await post(attack)).status, JSON.stringify(attack)).toBe(400);
      }
      expect((await post({ grid: { a: 'yes' }, people: [{ age: '9' }] })).status).toBe(201);
      expect((await post({ grid: { b: 'no' } })).status).toBe(201);
    } finally {
      await app.close();
    }
  });

  it('toString and constructor keys in grid and checkbox answers get 400, not 500', async () => {
    const attacks: { slug: string; answers: unknown }[] = [
      { slug: 'confidence-pulse', answers: { confidence: { toString: 'agree' } } },
      { slug: 'confidence-pulse', answers: { confidence: { constructor: 'agree' } } },
      { slug: 'confidence-pulse', answers: { confidence: { toString: { a: 1 } } } },
      { slug: 'send-parent-experience', answers: { services_used: [{ toString: 1 }] } },
      { slug: 'send-parent-experience', answers: { services_used: [{ constructor: 'x' }] } },
      { slug: 'send-parent-experience', answers: { services_used: { constructor: 'x' } } },
      { slug: 'confidence-pulse', answers: { ['__proto__']: { a: 1 } } },
    ];
    for (const { slug, answers } of attacks) {
      const res = await send(answers, slug);
      expect(res.status, JSON.stringify(answers)).toBe(400);
    }
    const honest = await send({ ...honestPulse, confidence: await firstGridRow() });
    expect(honest.status).toBe(201);
  });

  it('answers nested 5,000 deep get 400 answer_too_complex', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const body = `{"answers":{"respondent_role":"parent","confidence":${deep}}}`;
    const res = await t.request('/api/surveys/confidence-pulse/responses', postJson(body));
    expect(res.status).toBe(400);
    expect(await codeOf(res)).toBe('answer_too_complex');
    const wide = await send({
      ...honestPulse,
      confidence: Array.from({ length: 100_000 }, () => 1),
    });
    expect(wide.status).toBe(400);
    expect(await codeOf(wide)).toBe('answer_too_complex');
  });

  it('a comment of 20,001 characters gets 400 answer_too_long; 20,000 is stored', async () => {
    const long = await send({ ...honestPulse, improve_confidence: 'a'.repeat(20_001) });
    expect(long.status).toBe(400);
    expect(await codeOf(long)).toBe('answer_too_long');
    const fits = await send({
      ...honestPulse,
      improve_confidence: 'a'.repeat(20_000),
      quote_consent: 'no',
    });
    expect(fits.status).toBe(201);
  });
});

async function firstGridRow() {
  const res = await t.request('/api/surveys/confidence-pulse');
  const survey = (await res.json()) as {
    json: { pages: { elements: Record<string, unknown>[] }[] };
  };
  const grid = survey.json.pages
    .flatMap((p) => p.elements)
    .find((e) => e.name === 'confidence') as {
    rows: { value: string }[];
    columns: { value: string }[];
  };
  const [row] = grid.rows;
  const [column] = grid.columns;
  return { [String(row?.value)]: column?.value };
}

describe('names that are also built-in method names', () => {
  const page = (...elements: unknown[]) => ({ pages: [{ name: 'p1', elements }] });

  it('a choice value and a grid row called constructor are ordinary answers', async () => {
    const json = page(
      {
        type: 'radiogroup',
        name: 'pick',
        choices: ['constructor', 'toString', 'plain'],
        isRequired: true,
      },
      {
        type: 'checkbox',
        name: 'many',
        choices: ['constructor', 'hasOwnProperty', 'plain'],
      },
      {
        type: 'matrix',
        name: 'grid',
        columns: ['yes', 'constructor'],
        rows: ['constructor', 'toString', 'plain'],
        isAllRowRequired: true,
      },
    );
    const app = await createTestApp({
      surveysDir: writeSurveysDir([{ slug: 'named', title: 'Named', status: 'open', json }]),
    });
    try {
      const answers = {
        pick: 'constructor',
        many: ['constructor', 'hasOwnProperty'],
        grid: { constructor: 'constructor', toString: 'yes', plain: 'yes' },
      };
      const res = await app.request('/api/surveys/named/responses', postJson({ answers }));
      expect(res.status).toBe(201);
      const [stored] = await listResponses(app.deps.db, 'named');
      expect(stored?.answers).toEqual(answers);
      const missingRow = await app.request(
        '/api/surveys/named/responses',
        postJson({ answers: { ...answers, grid: { constructor: 'yes', toString: 'yes' } } }),
      );
      expect(missingRow.status).toBe(400);
    } finally {
      await app.close();
    }
  });
});
