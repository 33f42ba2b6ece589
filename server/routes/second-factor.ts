// The second step of signing in and setting up a second factor, mounted under /api/session.
// Half-way sign-ins carry their token in the body (there is no session yet, so no CSRF token);
// a signed-in person setting one up by choice goes through the session middleware.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { countUnusedRecoveryCodes, findSecondFactor } from '../../db/second-factors-repository.ts';
import { deleteSession } from '../../db/sessions-repository.ts';
import { findUserById } from '../../db/users-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import { currentAuth } from '../auth/require-role.ts';
import { toPublicUser } from '../auth/roles.ts';
import { signInWithCode } from '../auth/second-factor.ts';
import {
  confirmEnrolment,
  confirmPendingEnrolment,
  startEnrolment,
  startPendingEnrolment,
} from '../auth/second-factor-enrolment.ts';
import { sha256Hex } from '../auth/secrets.ts';
import { readSessionCookie, setSessionCookie } from '../auth/session-cookie.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import type { NewSessionTokens } from '../auth/session-start.ts';
import { secondFactorRequired } from '../auth/sign-in.ts';
import { AppError, errorBody } from '../errors.ts';
import { jsonBodyLimit, readJsonBody } from '../json-body.ts';

const pendingToken = z.string().min(1).max(200);
const code = z.string().min(1).max(40);
const codeSchema = z.strictObject({ pendingToken, code });
const pendingSchema = z.strictObject({ pendingToken });
const confirmSchema = z.strictObject({ code });

/** Sets the new session's cookie, ending one the browser already held. */
export async function answerSignedIn(deps: AppDeps, c: Context, session: NewSessionTokens) {
  const previous = readSessionCookie(c);
  if (previous) await deleteSession(deps.db, sha256Hex(previous));
  setSessionCookie(c, session.sessionToken, deps.config);
  return { user: toPublicUser(session.user), csrfToken: session.csrfToken };
}

export function secondFactorRoutes(deps: AppDeps) {
  const app = new Hono<AuthEnv>();
  const limit = jsonBodyLimit(deps.config.maxBodyBytes);

  app.post('/second-factor', limit, async (c) => {
    const body = await readJsonBody(c, codeSchema);
    const result = await signInWithCode(deps, body.pendingToken, body.code);
    if (result.kind === 'locked') {
      return c.json(
        errorBody('too_many_attempts', 'Too many wrong codes for this account. Try again later.'),
        429,
        { 'Retry-After': String(result.retryAfterSeconds) },
      );
    }
    if (result.kind === 'invalid') {
      throw new AppError(
        401,
        'invalid_code',
        'The code is not right, or it has been used already.',
      );
    }
    return c.json(await answerSignedIn(deps, c, result));
  });

  app.post('/enrolment', limit, async (c) => {
    const body = await readJsonBody(c, pendingSchema);
    return c.json(await startPendingEnrolment(deps, body.pendingToken));
  });

  app.post('/enrolment/confirm', limit, async (c) => {
    const body = await readJsonBody(c, codeSchema);
    const { recoveryCodes, session } = await confirmPendingEnrolment(
      deps,
      body.pendingToken,
      body.code,
    );
    return c.json({ ...(await answerSignedIn(deps, c, session)), recoveryCodes });
  });

  const signedInUser = async (c: Context<AuthEnv>) => {
    const user = await findUserById(deps.db, currentAuth(c).user.id);
    if (!user) throw new AppError(404, 'user_not_found', 'There is no account with this id.');
    return user;
  };

  app.get('/own-second-factor', async (c) => {
    const { user } = currentAuth(c);
    const factor = await findSecondFactor(deps.db, user.id);
    const enrolled = factor?.confirmed === 1;
    return c.json({
      enrolled,
      required: await secondFactorRequired(deps.db),
      recoveryCodesLeft: enrolled ? await countUnusedRecoveryCodes(deps.db, user.id) : 0,
    });
  });

  app.post('/own-second-factor', async (c) =>
    c.json(await startEnrolment(deps, await signedInUser(c))),
  );

  app.post('/own-second-factor/confirm', limit, async (c) => {
    const body = await readJsonBody(c, confirmSchema);
    const { recoveryCodes } = await confirmEnrolment(
      deps,
      await signedInUser(c),
      body.code,
      async () => undefined,
    );
    return c.json({ recoveryCodes });
  });

  return app;
}
