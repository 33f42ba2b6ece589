// Actions ("What we will do") of a survey, with the themes and questions each answers. Records
// leave here decoded: `public` is a boolean, the links are lists in a stable order.
import type { Db } from './connection.ts';
import type { ActionStatus } from './schema.ts';

export type { ActionStatus } from './schema.ts';

export interface ActionRecord {
  id: string;
  surveyId: string;
  title: string;
  description: string;
  status: ActionStatus;
  public: boolean;
  themes: string[];
  questions: string[];
  createdBy: string;
  createdOn: string;
  updatedBy: string;
  updatedOn: string;
}

/** What an officer writes; the links replace the old ones as a whole. */
export interface ActionFields {
  title: string;
  description: string;
  status: ActionStatus;
  public: boolean;
  themes: readonly string[];
  questions: readonly string[];
}

/** The day of `at` in UTC, as stored. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

async function writeLinks(db: Db, id: string, fields: ActionFields) {
  await db.deleteFrom('action_themes').where('action_id', '=', id).execute();
  await db.deleteFrom('action_questions').where('action_id', '=', id).execute();
  const themes = [...new Set(fields.themes)];
  const questions = [...new Set(fields.questions)];
  if (themes.length > 0) {
    await db
      .insertInto('action_themes')
      .values(themes.map((theme_id) => ({ action_id: id, theme_id })))
      .execute();
  }
  if (questions.length > 0) {
    await db
      .insertInto('action_questions')
      .values(questions.map((question) => ({ action_id: id, question })))
      .execute();
  }
}

/** Call inside a transaction: the action and its links are one change. */
export async function insertAction(
  db: Db,
  action: { id: string; surveyId: string; by: string; at: Date } & ActionFields,
): Promise<void> {
  const day = dayOf(action.at);
  await db
    .insertInto('actions')
    .values({
      id: action.id,
      survey_id: action.surveyId,
      title: action.title,
      description: action.description,
      status: action.status,
      public: action.public ? 1 : 0,
      created_by: action.by,
      created_on: day,
      updated_by: action.by,
      updated_on: day,
    })
    .execute();
  await writeLinks(db, action.id, action);
}

/** Call inside a transaction. False when the survey has no such action. */
export async function updateAction(
  db: Db,
  action: { id: string; surveyId: string; by: string; at: Date } & ActionFields,
): Promise<boolean> {
  const result = await db
    .updateTable('actions')
    .set({
      title: action.title,
      description: action.description,
      status: action.status,
      public: action.public ? 1 : 0,
      updated_by: action.by,
      updated_on: dayOf(action.at),
    })
    .where('id', '=', action.id)
    .where('survey_id', '=', action.surveyId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await writeLinks(db, action.id, action);
  return true;
}

/** Call inside a transaction. False when the survey has no such action. */
export async function deleteAction(db: Db, surveyId: string, id: string): Promise<boolean> {
  const found = await db
    .selectFrom('actions')
    .select('id')
    .where('id', '=', id)
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  if (!found) return false;
  await db.deleteFrom('action_themes').where('action_id', '=', id).execute();
  await db.deleteFrom('action_questions').where('action_id', '=', id).execute();
  await db.deleteFrom('actions').where('id', '=', id).execute();
  return true;
}

/** The survey's actions, oldest first; only public ones when asked. */
export async function listActions(
  db: Db,
  surveyId: string,
  options: { publicOnly?: boolean } = {},
): Promise<ActionRecord[]> {
  let query = db.selectFrom('actions').selectAll().where('survey_id', '=', surveyId);
  if (options.publicOnly) query = query.where('public', '=', 1);
  const rows = await query.orderBy('created_on').orderBy('title').orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const themes = await db
    .selectFrom('action_themes')
    .selectAll()
    .where('action_id', 'in', ids)
    .orderBy('theme_id')
    .execute();
  const questions = await db
    .selectFrom('action_questions')
    .selectAll()
    .where('action_id', 'in', ids)
    .orderBy('question')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    surveyId: r.survey_id,
    title: r.title,
    description: r.description,
    status: r.status,
    public: r.public === 1,
    themes: themes.filter((t) => t.action_id === r.id).map((t) => t.theme_id),
    questions: questions.filter((q) => q.action_id === r.id).map((q) => q.question),
    createdBy: r.created_by,
    createdOn: r.created_on,
    updatedBy: r.updated_by,
    updatedOn: r.updated_on,
  }));
}

export async function findAction(
  db: Db,
  surveyId: string,
  id: string,
): Promise<ActionRecord | undefined> {
  return (await listActions(db, surveyId)).find((a) => a.id === id);
}
