// Who may use the designer API: designers and admins change, officers read, others nothing.
import { describe, expect, it } from 'vitest';
import type { SurveyDesign } from '../../server/designer-contracts.ts';
import { addUser, asSession, jsonInit, signIn, tokenFor } from '../support/accounts.ts';
import { createSurvey, errorOf, freshDesignerWorld, threeQuestions } from './designer-support.ts';

const w = freshDesignerWorld({}, (w) => createSurvey(w, 'access', threeQuestions()));

const changes: [string, string, unknown?][] = [
  ['POST', '/api/surveys', { slug: 'another', title: 'Another', json: threeQuestions() }],
  ['PUT', '/api/surveys/access/draft', { json: threeQuestions() }],
  ['PATCH', '/api/surveys/access', { requiresApproval: true }],
  ['POST', '/api/surveys/access/publish'],
  ['POST', '/api/surveys/access/close'],
];
const reads = [
  '/api/surveys/access/design',
  '/api/surveys/access/checks',
  '/api/surveys/access/approvals',
  '/api/surveys/access/versions',
  '/api/designer/templates',
];

describe('designer API access', () => {
  it('answers 401 without an account, for reads and changes', async () => {
    for (const path of reads) expect((await w.t.request(path)).status, path).toBe(401);
    for (const [method, path, body] of changes) {
      const res = await w.t.request(path, jsonInit(method, body));
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('lets officers read but not change (403), and writes nothing', async () => {
    for (const path of reads) {
      const res = await w.call('GET', path, undefined, w.officerToken);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    for (const [method, path, body] of changes) {
      const res = await w.call(method, path, body, w.officerToken);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect((await errorOf(res)).code).toBe('forbidden');
    }
    const design = (await (
      await w.call('GET', '/api/surveys/access/design')
    ).json()) as SurveyDesign;
    expect(design.survey).toMatchObject({ status: 'draft', requiresApproval: false });
    expect((await w.call('GET', '/api/surveys/another/design')).status).toBe(404);
  });

  it('lets an admin change', async () => {
    const admin = await addUser(w.t, 'admin');
    const token = await tokenFor(w.t, admin.id);
    const res = await w.call('POST', '/api/surveys/access/publish', undefined, token);
    expect(res.status).toBe(200);
  });

  it('needs the CSRF token for changes made with a session cookie', async () => {
    const session = await signIn(w.t, w.designer.email);
    const body = { json: threeQuestions() };
    const without = await w.t.request(
      '/api/surveys/access/draft',
      asSession(session, 'PUT', body, { csrf: false }),
    );
    expect(without.status).toBe(403);
    const withToken = await w.t.request(
      '/api/surveys/access/draft',
      asSession(session, 'PUT', body),
    );
    expect(withToken.status).toBe(200);
  });

  it('leaves the public survey endpoints free of sessions and caching rules', async () => {
    await w.call('POST', '/api/surveys/access/publish');
    const res = await w.t.request('/api/surveys/access');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect((await w.t.request('/api/surveys')).status).toBe(200);
  });
});
