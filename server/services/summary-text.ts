// An officer's own wording of a report's summary page, in place of the drafted one: saved and
// reset with their audit rows in one transaction, and flagged in reports once any figure of the
// survey has moved since it was written (new answers, re-coding, a batch set aside).
import { surveyFingerprint } from '../../analysis/report/index.ts';
import { type AuditActor, audit } from '../../db/audit-repository.ts';
import type { Db } from '../../db/connection.ts';
import {
  deleteSummaryText,
  findSummaryText,
  saveSummaryText,
} from '../../db/summary-texts-repository.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import { wholeSurveyFigures } from '../reports/narratives.ts';

export interface SummaryText {
  text: string;
  /** True once a figure of the survey changed after the text was saved. */
  stale: boolean;
}

interface SummaryDeps {
  db: Db;
  now: () => Date;
}

const digestNow = async (db: Db, survey: SurveyRow) =>
  surveyFingerprint((await wholeSurveyFigures(db, survey)).fingerprints);

export async function saveSummary(
  deps: SummaryDeps,
  survey: SurveyRow,
  text: string,
  actor: AuditActor,
): Promise<SummaryText> {
  const figures = await digestNow(deps.db, survey);
  const at = deps.now();
  await inTransaction(deps.db, async (trx) => {
    await saveSummaryText(trx, { surveyId: survey.id, text, figures, by: actor.email, at });
    await audit(trx, { actor, action: 'summary.save', target: survey.slug, at });
  });
  return { text, stale: false };
}

export async function resetSummary(deps: SummaryDeps, survey: SurveyRow, actor: AuditActor) {
  const at = deps.now();
  await inTransaction(deps.db, async (trx) => {
    await deleteSummaryText(trx, survey.id);
    await audit(trx, { actor, action: 'summary.reset', target: survey.slug, at });
  });
}

/** The officer's summary for a report, if one was written, and whether it may be out of date. */
export async function reportSummaryText(
  db: Db,
  survey: SurveyRow,
): Promise<SummaryText | undefined> {
  const stored = await findSummaryText(db, survey.id);
  if (!stored) return undefined;
  return { text: stored.text, stale: (await digestNow(db, survey)) !== stored.figuresWhenWritten };
}
