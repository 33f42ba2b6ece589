// The actions a published file or page may carry: public ones only (signed off as they stand when
// the council asks for sign-off), in the report's shape.
import type { ReportAction } from '../../analysis/report/input-types.ts';
import { listActions } from '../../db/actions-repository.ts';
import type { Db } from '../../db/connection.ts';
import { publiclyShown } from './action-sign-off.ts';

export async function publicActionsForReport(db: Db, surveyId: string): Promise<ReportAction[]> {
  const actions = await publiclyShown(db, await listActions(db, surveyId, { publicOnly: true }));
  return actions.map((a) => ({
    title: a.title,
    description: a.description,
    status: a.status,
    themes: a.themes,
    questions: a.questions,
  }));
}
