// Access codes for targeted surveys: designers issue a batch (shown once, never stored in the
// clear), officers see how many were used, and a parent's page can check a code before they start.
import { Hono } from 'hono';
import { z } from 'zod';
import {
  countAccessCodes,
  insertAccessCodes,
  isAccessCodeUnused,
} from '../../db/access-codes-repository.ts';
import { findSurveyBySlug } from '../../db/surveys-repository.ts';
import {
  accessCodeInvalid,
  accessCodeKeys,
  hashAccessCode,
  newAccessCode,
} from '../access-codes.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { accessCodeSchema } from '../contracts.ts';
import { accessCodesBodySchema } from '../designer-contracts.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';
import { surveyNotFound } from '../public-survey.ts';
import { limited } from '../rate-limits.ts';
import { surveyBySlug } from './route-support.ts';

const checkBodySchema = z.strictObject({ accessCode: accessCodeSchema });

export function accessCodesRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  app.use('/:slug/access-codes', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });

  const surveyOf = (slug: string) => surveyBySlug(deps.db, slug);

  app.get('/:slug/access-codes', async (c) => {
    const survey = await surveyOf(c.req.param('slug'));
    return c.json(await countAccessCodes(deps.db, survey.id));
  });

  app.post('/:slug/access-codes', jsonBodyLimit(deps.config.maxBodyBytes), async (c) => {
    const { count } = await readJsonBody(c, accessCodesBodySchema);
    const survey = await surveyOf(c.req.param('slug'));
    const codes = new Set<string>();
    while (codes.size < count) codes.add(newAccessCode());
    const { user } = currentAuth(c);
    await insertAccessCodes(
      deps.db,
      survey.id,
      [...codes].map((code) => hashAccessCode(survey.id, code)),
      {
        actor: { id: user.id, email: user.email },
        action: 'access_codes.issue',
        target: survey.slug,
        details: { count },
        at: deps.now(),
      },
    );
    return c.json({ codes: [...codes] }, 201);
  });

  // Public: lets the page say at once that a code is wrong, rather than after the questionnaire.
  // It never uses the code; sending the answers does. Limited per client, as guessing codes here
  // would otherwise be quick.
  app.post(
    '/:slug/access-code-check',
    limited(deps.limits.codeCheck),
    jsonBodyLimit(4096),
    async (c) => {
      const { accessCode } = await readJsonBody(c, checkBodySchema);
      const survey = await findSurveyBySlug(deps.db, c.req.param('slug'));
      if (!survey || survey.status === 'draft') throw surveyNotFound();
      const keys = accessCodeKeys(deps.appSecret, survey.id, accessCode);
      if (!(await isAccessCodeUnused(deps.db, survey.id, keys))) {
        throw accessCodeInvalid();
      }
      return c.json({ ok: true });
    },
  );

  return app;
}
