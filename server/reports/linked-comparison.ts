// The report option compare=previous: views then and now among parents who linked their answers
// with a receipt (server/receipts.ts), with the report's own question titles and option labels.
import { compareLinked, type LinkedComparison } from '../../analysis/report/linked-change.ts';
import type { Report } from '../../analysis/report/report-types.ts';
import type { Db } from '../../db/connection.ts';
import { linkedAnswers } from '../../db/linked-responses.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';

export async function linkedComparison(
  db: Db,
  survey: SurveyRow,
  report: Pick<Report, 'questions' | 'k'>,
): Promise<LinkedComparison> {
  const pairs = await linkedAnswers(db, survey.id);
  const questions = report.questions.map((q) => ({
    name: q.name,
    title: q.title,
    options: 'options' in q ? q.options : undefined,
  }));
  return compareLinked(pairs, questions, report.k);
}
