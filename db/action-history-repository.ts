// What "You said, we did" keeps about each action beyond its own row: dated updates, its wording
// in easy read and other languages, forum sign-offs by content hash, and the figures that
// prompted it. Call the writers inside the service's transaction, with its audit row.
import { randomUUID } from 'node:crypto';
import type { Db } from './connection.ts';
import type { ActionStatus } from './schema.ts';

export interface ActionUpdateRecord {
  id: string;
  actionId: string;
  writtenOn: string;
  writtenBy: string;
  note: string;
  status: ActionStatus | null;
}

export interface ActionTextRecord {
  actionId: string;
  locale: string;
  title: string;
  description: string;
}

export interface ActionFigureRecord {
  actionId: string;
  role: 'then' | 'now';
  surveyId: string;
  question: string;
  theme: string | null;
  wording: string;
  percent: number;
  answered: number;
  measuredOn: string;
}

export async function addActionUpdate(
  db: Db,
  update: Omit<ActionUpdateRecord, 'id'>,
): Promise<string> {
  const id = randomUUID();
  const last = await db
    .selectFrom('action_updates')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('action_id', '=', update.actionId)
    .executeTakeFirst();
  await db
    .insertInto('action_updates')
    .values({
      id,
      action_id: update.actionId,
      position: Number(last?.position ?? 0) + 1,
      written_on: update.writtenOn,
      written_by: update.writtenBy,
      note: update.note,
      status: update.status,
    })
    .execute();
  return id;
}

const inList = (ids: readonly string[]) => (ids.length > 0 ? ids : ['']);

/** Updates of the actions, oldest first. */
export async function listActionUpdates(
  db: Db,
  actionIds: readonly string[],
): Promise<ActionUpdateRecord[]> {
  const rows = await db
    .selectFrom('action_updates')
    .selectAll()
    .where('action_id', 'in', inList(actionIds))
    .orderBy('action_id')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    actionId: r.action_id,
    writtenOn: r.written_on,
    writtenBy: r.written_by,
    note: r.note,
    status: r.status,
  }));
}

export async function saveActionText(db: Db, text: ActionTextRecord): Promise<void> {
  await db
    .insertInto('action_texts')
    .values({
      action_id: text.actionId,
      locale: text.locale,
      title: text.title,
      description: text.description,
    })
    .onConflict((oc) =>
      oc
        .columns(['action_id', 'locale'])
        .doUpdateSet({ title: text.title, description: text.description }),
    )
    .execute();
}

/** False when there was no such wording. */
export async function deleteActionText(db: Db, actionId: string, locale: string) {
  const result = await db
    .deleteFrom('action_texts')
    .where('action_id', '=', actionId)
    .where('locale', '=', locale)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Wordings of the actions, by locale within each action. */
export async function listActionTexts(
  db: Db,
  actionIds: readonly string[],
): Promise<ActionTextRecord[]> {
  const rows = await db
    .selectFrom('action_texts')
    .selectAll()
    .where('action_id', 'in', inList(actionIds))
    .orderBy('action_id')
    .orderBy('locale')
    .execute();
  return rows.map((r) => ({
    actionId: r.action_id,
    locale: r.locale,
    title: r.title,
    description: r.description,
  }));
}

/** Records a sign-off of one wording; false when that wording was already signed off. */
export async function addActionApproval(
  db: Db,
  approval: { actionId: string; contentHash: string; byId: string; by: string; on: string },
): Promise<boolean> {
  const result = await db
    .insertInto('action_approvals')
    .values({
      action_id: approval.actionId,
      content_hash: approval.contentHash,
      approved_by_id: approval.byId,
      approved_by: approval.by,
      approved_on: approval.on,
    })
    .onConflict((oc) => oc.columns(['action_id', 'content_hash']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export interface ActionApprovalRecord {
  actionId: string;
  contentHash: string;
  approvedBy: string;
  approvedOn: string;
}

export async function listActionApprovals(
  db: Db,
  actionIds: readonly string[],
): Promise<ActionApprovalRecord[]> {
  const rows = await db
    .selectFrom('action_approvals')
    .selectAll()
    .where('action_id', 'in', inList(actionIds))
    .orderBy('approved_on')
    .execute();
  return rows.map((r) => ({
    actionId: r.action_id,
    contentHash: r.content_hash,
    approvedBy: r.approved_by,
    approvedOn: r.approved_on,
  }));
}

/** Stores the figure for its role, replacing an earlier one. */
export async function saveActionFigure(db: Db, figure: ActionFigureRecord): Promise<void> {
  const values = {
    survey_id: figure.surveyId,
    question: figure.question,
    theme: figure.theme,
    wording: figure.wording,
    percent: figure.percent,
    answered: figure.answered,
    measured_on: figure.measuredOn,
  };
  await db
    .insertInto('action_figures')
    .values({ action_id: figure.actionId, role: figure.role, ...values })
    .onConflict((oc) => oc.columns(['action_id', 'role']).doUpdateSet(values))
    .execute();
}

export async function deleteActionFigure(db: Db, actionId: string, role: 'then' | 'now') {
  await db
    .deleteFrom('action_figures')
    .where('action_id', '=', actionId)
    .where('role', '=', role)
    .execute();
}

export async function listActionFigures(
  db: Db,
  actionIds: readonly string[],
): Promise<ActionFigureRecord[]> {
  const rows = await db
    .selectFrom('action_figures')
    .selectAll()
    .where('action_id', 'in', inList(actionIds))
    .execute();
  return rows.map((r) => ({
    actionId: r.action_id,
    role: r.role,
    surveyId: r.survey_id,
    question: r.question,
    theme: r.theme,
    wording: r.wording,
    percent: r.percent,
    answered: r.answered,
    measuredOn: r.measured_on,
  }));
}

/** Every action whose survey belongs to the series, with the survey it belongs to. */
export async function listSeriesActionIds(db: Db, series: string) {
  return db
    .selectFrom('actions')
    .innerJoin('surveys', 'surveys.id', 'actions.survey_id')
    .select(['actions.id as id', 'actions.survey_id as surveyId'])
    .where('surveys.series', '=', series)
    .execute();
}
