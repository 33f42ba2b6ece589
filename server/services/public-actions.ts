// The actions a published file or page may carry: public ones only, in the report's shape.
import type { ReportAction } from '../../analysis/report/input-types.ts';
import { listActions } from '../../db/actions-repository.ts';
import type { Db } from '../../db/connection.ts';

export async function publicActionsForReport(db: Db, surveyId: string): Promise<ReportAction[]> {
  return (await listActions(db, surveyId, { publicOnly: true })).map((a) => ({
    title: a.title,
    description: a.description,
    status: a.status,
    themes: a.themes,
    questions: a.questions,
  }));
}
