// What staff route files share: the survey a path names (404 otherwise), who is acting for the
// audit log, and answers no cache may keep.
import type { Context, MiddlewareHandler } from 'hono';
import type { AuditActor } from '../../db/audit-repository.ts';
import type { Db } from '../../db/connection.ts';
import { findSurveyBySlug, type SurveyRow } from '../../db/surveys-repository.ts';
import { currentAuth } from '../auth/require-role.ts';
import type { AuthEnv } from '../auth/session-middleware.ts';
import { surveyNotFound } from '../public-survey.ts';

/** The survey the path names; 404 survey_not_found when there is none. */
export async function surveyBySlug(db: Db, slug: string): Promise<SurveyRow> {
  const survey = await findSurveyBySlug(db, slug);
  if (!survey) throw surveyNotFound();
  return survey;
}

/** The signed-in person, as the audit log records them. */
export function actorOf(c: Context<AuthEnv>): AuditActor & { id: string } {
  const { user } = currentAuth(c);
  return { id: user.id, email: user.email };
}

/** Staff answers carry answers and figures: no cache keeps them. */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
