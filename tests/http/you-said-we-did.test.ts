// "You said, we did": the figure that prompted an action and the same figure a later survey
// measured, updates, easy read and translations, the public pages (only public, signed-off actions;
// unknown surveys 404), the Atom feed and the yearly summary.
import { SaxesParser } from 'saxes';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, asToken, tokenFor } from '../support/accounts.ts';
import type { TestApp } from '../support/test-app.ts';
import { answer, closeSurvey, seriesApp } from '../support/you-said-we-did.ts';

let t: TestApp;
let officer: string;

beforeEach(async () => {
  t = await seriesApp();
  officer = await tokenFor(t, (await addUser(t, 'officer')).id);
});
afterEach(async () => t.close());

const action = {
  title: 'Reply to every email within ten working days',
  description: 'The SEND team will answer every email within ten working days.',
  status: 'planned',
  public: true,
  themes: ['communication'],
  questions: ['working_well'],
};

async function create(body: unknown = action, slug = 'spring') {
  const res = await t.request(`/api/surveys/${slug}/actions`, asToken(officer, 'POST', body));
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const page = async (path: string) => {
  const res = await t.request(path);
  return { status: res.status, text: await res.text(), res };
};

const history = async (id: string) =>
  (await (
    await t.request(`/api/surveys/spring/actions/${id}/history`, asToken(officer))
  ).json()) as {
    updates: { note: string; status: string | null; writtenOn: string }[];
    figures: {
      prompted?: { percent: number; answered: number };
      latest?: { percent: number; survey: string };
    };
    texts: { locale: string }[];
    locales: string[];
  };

describe('you said, we did', { timeout: 60_000 }, () => {
  it('shows the figure that prompted an action, and then and now once a later survey measures it', async () => {
    await answer(t, 'spring', 12, 7);
    const id = await create();
    expect((await history(id)).figures.prompted).toMatchObject({ percent: 58.3, answered: 12 });

    let spring = await page('/you-said-we-did/spring');
    expect(spring.status).toBe(200);
    expect(spring.text).toContain(
      '58% of the 12 who answered “What is working well?” mentioned communication.',
    );

    await answer(t, 'autumn', 10, 5);
    const remeasured = await t.request(
      '/api/surveys/autumn/actions/remeasure',
      asToken(officer, 'POST'),
    );
    expect(remeasured.status).toBe(200);
    expect(await remeasured.json()).toEqual({ measured: 1 });
    expect((await history(id)).figures.latest).toMatchObject({ percent: 50, survey: 'autumn' });
    spring = await page('/you-said-we-did/spring');
    expect(spring.text).toContain('58% then, 50% now.');
    expect(spring.text).toContain('Autumn survey');
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'action.remeasure')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('keeps dated updates and status changes, written only by officers', async () => {
    const id = await create();
    const res = await t.request(
      `/api/surveys/spring/actions/${id}/updates`,
      asToken(officer, 'POST', { note: 'Two more caseworkers started.', status: 'in_progress' }),
    );
    expect(res.status).toBe(201);
    const { updates } = await history(id);
    expect(updates.map((u) => [u.writtenOn, u.status, u.note])).toEqual([
      ['2026-12-08', 'planned', ''],
      ['2026-12-08', 'in_progress', 'Two more caseworkers started.'],
    ]);
    const [stored] = await t.deps.db.selectFrom('actions').select('status').execute();
    expect(stored?.status).toBe('in_progress');
    const shown = await page('/you-said-we-did/spring');
    expect(shown.text).toContain('Two more caseworkers started.');
    expect(shown.text).toContain('<time datetime="2026-12-08">8 December 2026</time>');

    const designer = await tokenFor(t, (await addUser(t, 'designer', { forumMember: true })).id);
    const before = await t.deps.db.selectFrom('action_updates').selectAll().execute();
    for (const [token, body, status] of [
      [designer, { note: 'Sneaky' }, 403],
      [officer, {}, 400],
      [officer, { note: 'x', extra: 1 }, 400],
      [officer, { status: 'finished' }, 400],
    ] as const) {
      const r = await t.request(
        `/api/surveys/spring/actions/${id}/updates`,
        asToken(token, 'POST', body),
      );
      expect(r.status, JSON.stringify(body)).toBe(status);
    }
    expect(await t.deps.db.selectFrom('action_updates').selectAll().execute()).toEqual(before);
    const unknownTheme = await t.request(
      '/api/surveys/spring/actions',
      asToken(officer, 'POST', { ...action, themes: ['no_such_theme'] }),
    );
    expect(unknownTheme.status).toBe(400);
  });

  it('shows only public actions, and 404 for unknown or draft surveys', async () => {
    await create();
    await create({ ...action, title: 'Not agreed yet', public: false });
    await create({
      ...action,
      title: '<script>alert(1)</script>',
      description: '<img src=x onerror=alert(1)>',
    });
    const all = await page('/you-said-we-did');
    expect(all.status).toBe(200);
    expect(all.res.headers.get('content-type')).toContain('text/html');
    expect(all.res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(all.text).toContain(action.title);
    expect(all.text).not.toContain('Not agreed yet');
    expect(all.text).not.toContain('<script');
    expect(all.text).not.toContain('<img');
    expect(all.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(all.text).toContain('Northshire Council');
    expect(all.text).toContain('send@northshire.example');
    for (const path of [
      '/you-said-we-did/nope',
      '/you-said-we-did/unseen',
      '/you-said-we-did/spring/fr',
    ]) {
      const missing = await page(path);
      expect(missing.status, path).toBe(404);
      expect(missing.text).toContain('Page not found');
    }
  });

  it('has an easy-read version checked for plain English, and the languages translated', async () => {
    const id = await create();
    const longSentence =
      'We will make sure that every single email that any parent or carer sends to the team gets a full reply quickly.';
    const easy = await t.request(
      `/api/surveys/spring/actions/${id}/texts/en-easy`,
      asToken(officer, 'PUT', { title: 'We will answer your emails', description: longSentence }),
    );
    expect(easy.status).toBe(200);
    const checks = ((await easy.json()) as { checks: { code: string }[] }).checks;
    expect(checks.map((c) => c.code)).toContain('long_sentence');
    const easyPage = await page('/you-said-we-did/spring/en-easy');
    expect(easyPage.status).toBe(200);
    expect(easyPage.text).toContain('We will answer your emails');
    expect(easyPage.text).toContain('What we are doing');

    expect((await history(id)).locales).toContain('cy');
    const welsh = await t.request(
      `/api/surveys/spring/actions/${id}/texts/cy`,
      asToken(officer, 'PUT', {
        title: 'Ateb pob e-bost',
        description: 'Byddwn yn ateb pob e-bost.',
      }),
    );
    expect(welsh.status).toBe(200);
    const english = await page('/you-said-we-did/spring');
    expect(english.text).toContain(
      'href="/you-said-we-did/spring/cy" hreflang="cy" lang="cy">Cymraeg',
    );
    const cy = await page('/you-said-we-did/spring/cy');
    expect(cy.status).toBe(200);
    expect(cy.text).toMatch(/<h2 id="title-[^"]+" lang="cy" dir="ltr">Ateb pob e-bost<\/h2>/);

    const french = await t.request(
      `/api/surveys/spring/actions/${id}/texts/fr`,
      asToken(officer, 'PUT', { title: 'Répondre', description: 'Nous répondrons.' }),
    );
    expect(french.status).toBe(400);
    const bad = await t.request(
      `/api/surveys/spring/actions/${id}/texts/not a locale`,
      asToken(officer, 'PUT', { title: 'x', description: 'y' }),
    );
    expect(bad.status).toBe(400);
    expect((await history(id)).texts.map((x) => x.locale)).toEqual(['cy', 'en-easy']);
  });

  it('publishes a valid Atom feed of public actions, dated to the day', async () => {
    const id = await create();
    await create({ ...action, title: 'Private one', public: false });
    const res = await t.request('/you-said-we-did/feed.atom');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    const elements: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (tag) => elements.push(`${tag.uri}|${tag.local}`));
    parser.write(xml).close();
    expect(elements[0]).toBe('http://www.w3.org/2005/Atom|feed');
    expect(elements.filter((e) => e.endsWith('|entry'))).toHaveLength(1);
    expect(xml).toContain(`<id>urn:uuid:${id}</id>`);
    expect(xml).toContain('<updated>2026-12-08T00:00:00Z</updated>');
    expect(xml).toContain(`href="/you-said-we-did/spring#action-${id}"`);
    expect(xml).not.toContain('Private one');
    expect(xml).not.toMatch(/T(?!00:00:00Z)\d\d:\d\d/);
  });

  it('summarises a year: comments by theme from surveys closed that year, and the actions', async () => {
    await answer(t, 'spring', 12, 7);
    await answer(t, 'autumn', 6, 3);
    await closeSurvey(t, 'spring', '2026-06-30T00:00:00Z');
    await create();
    const year = await page('/you-said-we-did/year/2026');
    expect(year.status).toBe(200);
    expect(year.text).toContain('What families said and what we did: 2026');
    expect(year.text).toMatch(/<th scope="row">Communication<\/th><td class="number">7<\/td>/);
    expect(year.text).toContain('Spring survey</a>: 12 responses');
    expect(year.text).not.toContain('Autumn survey</a>');
    expect(year.text).toContain(action.title);
    const download = await t.request('/you-said-we-did/year/2026/download');
    expect(download.headers.get('content-disposition')).toBe(
      'attachment; filename="you-said-we-did-2026.html"',
    );
    expect(await download.text()).toContain('Communication');
    for (const bad of ['1999', '2027', 'abcd', '20260']) {
      expect((await page(`/you-said-we-did/year/${bad}`)).status, bad).toBe(404);
    }
    expect((await page('/you-said-we-did')).text).toContain('href="/you-said-we-did/year/2026"');

    // Autumn's 3 of 6 about communication are fewer than k: its report hides them, so the total
    // can only say "or more", never the hidden number.
    await closeSurvey(t, 'autumn', '2026-11-30T00:00:00Z');
    const both = await page('/you-said-we-did/year/2026');
    expect(both.text).toMatch(
      /<th scope="row">Communication<\/th><td class="number">7 or more<\/td>/,
    );
    expect(both.text).toContain('Autumn survey</a>: 6 responses');
  });
});
