// The answers to one question that no theme matched (after officers' codes), for grouping: only
// answers with something to say, never from a batch set aside, in the order they came in.
import type { Db } from './connection.ts';
import { answerKey, effectiveThemes } from './effective-themes.ts';
import { notSetAside } from './set-aside-filter.ts';

export interface UnmatchedAnswers {
  /** Answers to the question with something to say. */
  answered: number;
  /** Of those, the ones with no theme, oldest first, at most `limit`, as redaction left them. */
  answers: { responseId: string; redacted: string }[];
  /** How many had no theme, including any past `limit`. */
  unmatched: number;
  /** The codebook the answers were tagged with (the latest tagging's, if they differ). */
  codebookKey: string | null;
}

export async function listUnmatchedAnswers(
  db: Db,
  surveyId: string,
  question: string,
  limit: number,
): Promise<UnmatchedAnswers> {
  const rows = await db
    .selectFrom('answer_analysis as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .select(['a.response_id', 'a.redacted', 'a.codebook_key', 'a.tagged_at'])
    .where('r.survey_id', '=', surveyId)
    .where('a.question', '=', question)
    .where('a.substantive', '=', 1)
    .where(notSetAside('r.id'))
    .orderBy('r.submitted_at')
    .orderBy('a.response_id')
    .execute();
  const themeRows = await db
    .selectFrom('answer_themes as t')
    .innerJoin('responses as r', 'r.id', 't.response_id')
    .select(['t.response_id', 't.question', 't.theme_id', 't.source', 't.present'])
    .where('r.survey_id', '=', surveyId)
    .where('t.question', '=', question)
    .execute();
  const { themes } = effectiveThemes(themeRows);
  const unmatched = rows.filter((r) => !themes.get(answerKey(r.response_id, question))?.length);
  const latest = rows.reduce<(typeof rows)[number] | undefined>(
    (best, r) => (!best || r.tagged_at > best.tagged_at ? r : best),
    undefined,
  );
  return {
    answered: rows.length,
    unmatched: unmatched.length,
    answers: unmatched
      .slice(0, limit)
      .map((r) => ({ responseId: r.response_id, redacted: r.redacted })),
    codebookKey: latest?.codebook_key ?? null,
  };
}
