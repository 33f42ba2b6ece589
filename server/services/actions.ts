// Actions ("What we will do"): what the council will do about what families said. Officers and
// admins write them; each change and its audit row are one transaction. Links are checked against
// the survey itself, so an action never points at a theme or question a report cannot show.
import { randomUUID } from 'node:crypto';
import { reportQuestions } from '../../analysis/report/index.ts';
import {
  type ActionFields,
  type ActionRecord,
  deleteAction,
  findAction,
  insertAction,
  listActions,
  updateAction,
} from '../../db/actions-repository.ts';
import { type AuditActor, audit } from '../../db/audit-repository.ts';
import type { Db } from '../../db/connection.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { ActionBody, ActionView } from '../action-contracts.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors.ts';
import { readReportVersions, surveyThemes } from '../reports/report-input.ts';
import { afterActionWrite, beforeActionWrite } from './action-written.ts';

export interface ActionChoices {
  themes: { id: string; label: string }[];
  questions: { name: string; title: string }[];
}

/** The themes (the codebook of the current version) and questions an action may be linked to. */
export async function actionChoices(db: Db, survey: SurveyRow): Promise<ActionChoices> {
  return {
    themes: await surveyThemes(db, survey),
    questions: reportQuestions(await readReportVersions(db, survey.id)),
  };
}

function checkLinks(body: ActionBody, choices: ActionChoices) {
  const themes = new Set(choices.themes.map((t) => t.id));
  const unknownThemes = body.themes.filter((t) => !themes.has(t));
  if (unknownThemes.length > 0) {
    throw new AppError(
      400,
      'unknown_theme',
      `This survey's themes do not include ${unknownThemes.map((t) => `"${t}"`).join(', ')}.`,
      unknownThemes.map((theme) => ({ path: 'themes', theme })),
    );
  }
  const questions = new Set(choices.questions.map((q) => q.name));
  const unknownQuestions = body.questions.filter((q) => !questions.has(q));
  if (unknownQuestions.length > 0) {
    throw new AppError(
      400,
      'unknown_question',
      `This survey has no question ${unknownQuestions.map((q) => `"${q}"`).join(', ')}.`,
      unknownQuestions.map((question) => ({ path: 'questions', question })),
    );
  }
}

const actionNotFound = () =>
  new AppError(404, 'action_not_found', 'This survey has no such action.');

export const toActionView = (a: ActionRecord): ActionView => ({
  id: a.id,
  title: a.title,
  description: a.description,
  status: a.status,
  public: a.public,
  themes: a.themes,
  questions: a.questions,
  createdOn: a.createdOn,
  updatedOn: a.updatedOn,
});

const fieldsOf = (body: ActionBody): ActionFields => ({
  title: body.title,
  description: body.description,
  status: body.status,
  public: body.public,
  themes: body.themes,
  questions: body.questions,
});

interface ActionChange {
  survey: SurveyRow;
  actor: AuditActor;
}

export async function createAction(
  deps: AppDeps,
  change: ActionChange & { body: ActionBody },
): Promise<ActionView> {
  const { survey, actor, body } = change;
  checkLinks(body, await actionChoices(deps.db, survey));
  const id = randomUUID();
  const at = deps.now();
  const written = await beforeActionWrite(deps, { survey, body });
  await inTransaction(deps.db, async (trx) => {
    await insertAction(trx, { id, surveyId: survey.id, by: actor.email, at, ...fieldsOf(body) });
    await afterActionWrite(trx, { id, survey, body, actor, at, written });
    await audit(trx, {
      actor,
      action: 'action.create',
      target: `${survey.slug}/${id}`,
      details: { status: body.status, public: body.public },
      at,
    });
  });
  return toActionView((await findAction(deps.db, survey.id, id)) as ActionRecord);
}

export async function editAction(
  deps: AppDeps,
  change: ActionChange & { id: string; body: ActionBody },
): Promise<ActionView> {
  const { survey, actor, body, id } = change;
  const before = await findAction(deps.db, survey.id, id);
  if (!before) throw actionNotFound();
  checkLinks(body, await actionChoices(deps.db, survey));
  const at = deps.now();
  const written = await beforeActionWrite(deps, { survey, body, before });
  await inTransaction(deps.db, async (trx) => {
    const found = await updateAction(trx, {
      id,
      surveyId: survey.id,
      by: actor.email,
      at,
      ...fieldsOf(body),
    });
    // Deleted by someone else since the check above.
    if (!found) throw actionNotFound();
    await afterActionWrite(trx, { id, survey, body, actor, at, written, before });
    await audit(trx, {
      actor,
      action: 'action.update',
      target: `${survey.slug}/${id}`,
      details: { status: body.status, public: body.public },
      at,
    });
  });
  return toActionView((await findAction(deps.db, survey.id, id)) as ActionRecord);
}

export async function removeAction(deps: AppDeps, change: ActionChange & { id: string }) {
  const { survey, actor, id } = change;
  const at = deps.now();
  await inTransaction(deps.db, async (trx) => {
    if (!(await deleteAction(trx, survey.id, id))) throw actionNotFound();
    await audit(trx, { actor, action: 'action.delete', target: `${survey.slug}/${id}`, at });
  });
}

export async function surveyActions(db: Db, surveyId: string): Promise<ActionView[]> {
  return (await listActions(db, surveyId)).map(toActionView);
}
