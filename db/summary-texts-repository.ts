// An officer's wording of a report's summary page, used in every file instead of the draft.
import type { Db } from './connection.ts';

export interface StoredSummary {
  text: string;
  /** A digest of every figure of the survey when it was saved. */
  figuresWhenWritten: string;
  updatedBy: string;
  updatedAt: string;
}

export async function findSummaryText(
  db: Db,
  surveyId: string,
): Promise<StoredSummary | undefined> {
  const row = await db
    .selectFrom('report_summary_texts')
    .selectAll()
    .where('survey_id', '=', surveyId)
    .executeTakeFirst();
  return row
    ? {
        text: row.text,
        figuresWhenWritten: row.figures_when_written,
        updatedBy: row.updated_by,
        updatedAt: row.updated_at,
      }
    : undefined;
}

export async function saveSummaryText(
  db: Db,
  summary: { surveyId: string; text: string; figures: string; by: string; at: Date },
) {
  const values = {
    survey_id: summary.surveyId,
    text: summary.text,
    figures_when_written: summary.figures,
    updated_by: summary.by,
    updated_at: summary.at.toISOString(),
  };
  await db
    .insertInto('report_summary_texts')
    .values(values)
    .onConflict((oc) =>
      oc.column('survey_id').doUpdateSet({
        text: values.text,
        figures_when_written: values.figures_when_written,
        updated_by: values.updated_by,
        updated_at: values.updated_at,
      }),
    )
    .execute();
}

export async function deleteSummaryText(db: Db, surveyId: string) {
  await db.deleteFrom('report_summary_texts').where('survey_id', '=', surveyId).execute();
}
