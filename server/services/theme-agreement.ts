// How far the automatic themes agree with officers' own coding, over every answer an officer
// coded: shown on the agreement page, and in "About this survey" of the published report.
import { type AgreementReport, evaluateAgreement } from '../../analysis/metrics.ts';
import type { Db } from '../../db/connection.ts';
import { themeRowsFor } from '../../db/review-repository.ts';
import { listHumanCodedAnswers } from '../../db/tagging-repository.ts';

/** Fewer coded answers than this say too little about the tagger to publish a figure. */
export const MIN_CODED_FOR_REPORT = 20;

export async function themeAgreement(
  db: Db,
  surveyId: string,
): Promise<AgreementReport & { coded: number }> {
  const mine = await listHumanCodedAnswers(db, surveyId);
  const auto = await themeRowsFor(db, [...new Set(mine.map((m) => m.responseId))]);
  const keyOf = (responseId: string, question: string) => `${responseId}:${question}`;
  const automatic = new Map<string, string[]>();
  for (const a of auto) {
    if (a.source !== 'auto' || a.present !== 1) continue;
    const key = keyOf(a.response_id, a.question);
    automatic.set(key, [...(automatic.get(key) ?? []), a.theme_id]);
  }
  const report = evaluateAgreement(
    mine.map((m) => ({ id: keyOf(m.responseId, m.question), labels: m.themes })),
    mine.map((m) => ({
      id: keyOf(m.responseId, m.question),
      labels: automatic.get(keyOf(m.responseId, m.question)) ?? [],
    })),
  );
  return { coded: mine.length, ...report };
}

/** For the report: how many answers officers coded, and the agreement (F1 as a percentage) once
 * there are enough to say. */
export async function reportedAgreement(db: Db, surveyId: string) {
  const agreement = await themeAgreement(db, surveyId);
  if (agreement.coded < MIN_CODED_FOR_REPORT) return { coded: agreement.coded };
  return { coded: agreement.coded, percent: Math.round(agreement.micro.f1 * 1000) / 10 };
}
