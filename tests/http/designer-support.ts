// Shared by the designer API tests: an app with a designer, an officer and their tokens, and a
// small survey with a condition.
import { sql } from 'kysely';
import { afterEach, beforeEach } from 'vitest';
import { addUser, asToken, createAccountsTestApp, tokenFor } from '../support/accounts.ts';
import type { TestApp, TestAppOptions } from '../support/test-app.ts';

export const threeQuestions = () => ({
  pages: [
    {
      name: 'about',
      elements: [
        {
          type: 'radiogroup',
          name: 'has_plan',
          title: 'Does your child have a plan for their support?',
          choices: [
            { value: 'yes', text: 'Yes' },
            { value: 'no', text: 'No' },
          ],
        },
        {
          type: 'comment',
          name: 'plan_view',
          title: 'What do you think of the plan?',
          visibleIf: "{has_plan} = 'yes'",
        },
        { type: 'text', name: 'age', title: 'How old is your child?', inputType: 'number' },
      ],
    },
  ],
});

export interface DesignerWorld {
  t: TestApp;
  designer: { id: string; email: string };
  officer: { id: string; email: string };
  designerToken: string;
  officerToken: string;
  /** A request as the designer (or `as` another token). */
  call: (
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ) => Promise<Response> | Response;
}

export async function designerWorld(options: TestAppOptions = {}): Promise<DesignerWorld> {
  const t = await createAccountsTestApp(options);
  const designer = await addUser(t, 'designer');
  const officer = await addUser(t, 'officer');
  const designerToken = await tokenFor(t, designer.id);
  const officerToken = await tokenFor(t, officer.id);
  const call = (method: string, path: string, body?: unknown, token = designerToken) =>
    t.request(path, asToken(token, method, body));
  return { t, designer, officer, designerToken, officerToken, call };
}

/**
 * A fresh world for each test of the file, closed after it. The object returned is refilled before
 * every test, so tests may hold on to it; `setup` runs once the world is ready.
 */
export function freshDesignerWorld(
  options: TestAppOptions = {},
  setup?: (w: DesignerWorld) => unknown,
): DesignerWorld {
  const w = {} as DesignerWorld;
  beforeEach(async () => {
    Object.assign(w, await designerWorld(options));
    await setup?.(w);
  });
  afterEach(async () => w.t.close());
  return w;
}

/** Creates a survey from JSON as the designer and returns the response. */
export const createSurvey = (w: DesignerWorld, slug: string, json: unknown, extra = {}) =>
  w.call('POST', '/api/surveys', { slug, title: `Survey ${slug}`, json, ...extra });

export async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string; details?: unknown[] } })
    .error;
}

/**
 * Makes every audit write of this action fail (a SQLite trigger), to show that a change whose
 * audit row cannot be written leaves nothing half-saved.
 */
export async function failAuditWrites(t: TestApp, action: string) {
  const name = `fail_${action.replace(/[^a-z]+/gi, '_')}`;
  const quoted = action.replace(/'/g, "''");
  await sql
    .raw(
      `CREATE TRIGGER ${name} BEFORE INSERT ON audit_log WHEN NEW.action = '${quoted}' BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`,
    )
    .execute(t.deps.db);
}
