// Saving the tagger's results: the analysis and automatic themes of each answer, the summaries
// reports read, and the end of each job, in one transaction. This runs for every tagged response
// on the app's event loop, so each statement is compiled once (db/prepared-query.ts).
import type { Db } from './connection.ts';
import { hourOf } from './hour.ts';
import { prepareQuery } from './prepared-query.ts';
import { randomRowid, retryOnRowidClash, rowidOf, withRowid } from './random-rowid.ts';
import { refreshReportSummaries } from './report-summaries.ts';
import type { ClaimedJob } from './tagging-repository.ts';
import { writerOf } from './writer-client.ts';

export interface AnswerTags {
  responseId: string;
  question: string;
  substantive: boolean;
  sentiment: { score: number; label: string };
  safeguarding: boolean;
  safeguardingEvidence: string[];
  redacted: string;
  themes: { id: string; score: number; evidence: string[] }[];
  /** Themes the trained model decided otherwise than the keyword rules. */
  disputed?: string[];
}

export interface TaggedBy {
  codebookKey: string;
  codebookVersion: number;
  modelId: string | null;
}

const deleteAnalysis = prepareQuery((db, p: { responseId: string }) =>
  db.deleteFrom('answer_analysis').where('response_id', '=', p.responseId),
);

const deleteAutoThemes = prepareQuery((db, p: { responseId: string }) =>
  db
    .deleteFrom('answer_themes')
    .where('response_id', '=', p.responseId)
    .where('source', '=', 'auto'),
);

const insertAnalysis = prepareQuery(
  (
    db,
    p: {
      rowid: number;
      responseId: string;
      question: string;
      substantive: number;
      score: number;
      label: string;
      safeguarding: number;
      evidence: string;
      redacted: string;
      codebookKey: string;
      codebookVersion: number;
      modelId: string | null;
      at: string;
      disputed: string;
    },
  ) =>
    withRowid(db)
      .insertInto('answer_analysis')
      .values({
        ...rowidOf(db, p.rowid),
        response_id: p.responseId,
        question: p.question,
        substantive: p.substantive,
        sentiment_score: p.score,
        sentiment_label: p.label,
        safeguarding: p.safeguarding,
        safeguarding_evidence: p.evidence,
        redacted: p.redacted,
        codebook_key: p.codebookKey,
        codebook_version: p.codebookVersion,
        model_id: p.modelId,
        tagged_at: p.at,
        disputed_themes: p.disputed,
      }),
);

const insertTheme = prepareQuery(
  (
    db,
    p: {
      rowid: number;
      responseId: string;
      question: string;
      themeId: string;
      score: number;
      evidence: string;
      codebookVersion: number;
      modelId: string | null;
      at: string;
    },
  ) =>
    withRowid(db)
      .insertInto('answer_themes')
      .values({
        ...rowidOf(db, p.rowid),
        response_id: p.responseId,
        question: p.question,
        theme_id: p.themeId,
        source: 'auto',
        present: 1,
        score: p.score,
        evidence: p.evidence,
        codebook_version: p.codebookVersion,
        model_id: p.modelId,
        created_at: p.at,
      }),
);

const finishJob = prepareQuery((db, p: { responseId: string; createdAt: string }) =>
  db
    .deleteFrom('tag_jobs')
    .where('response_id', '=', p.responseId)
    .where('created_at', '=', p.createdAt),
);

/**
 * Rowids for the rows of one response: consecutive from one random start, so a response's rows
 * share a page instead of touching one page each (the start is random: rows are still not stored
 * in the order responses arrived). A start already taken falls back to a fresh random rowid.
 */
function consecutiveRowids() {
  let next = Math.max(1, randomRowid() - 4096);
  return () => next++;
}

/** Replaces the automatic tags of these responses and finishes their jobs, all or nothing. */
export async function saveTagResults(
  db: Db,
  jobs: ClaimedJob[],
  results: AnswerTags[],
  by: TaggedBy,
  now: Date,
): Promise<void> {
  // Tagging follows a submission within a second: a finer time would date the response itself.
  const at = hourOf(now);
  const ids = jobs.map((j) => j.responseId);
  if (ids.length === 0) return;
  const writer = db.isTransaction ? undefined : writerOf(db);
  if (writer) return writer.saveTags(jobs, results, by, now);
  const byResponse = new Map<string, AnswerTags[]>();
  for (const r of results)
    byResponse.set(r.responseId, [...(byResponse.get(r.responseId) ?? []), r]);
  await db.transaction().execute(async (trx) => {
    // A response withdrawn (or deleted by retention) while it was being tagged stays deleted:
    // its results are dropped rather than failing the whole batch on the foreign key.
    const present = new Set(
      (await trx.selectFrom('responses').select('id').where('id', 'in', ids).execute()).map(
        (r) => r.id,
      ),
    );
    for (const id of new Set(ids)) {
      if (!present.has(id)) continue;
      await deleteAnalysis.run(db, { responseId: id }, trx);
      await deleteAutoThemes.run(db, { responseId: id }, trx);
      const nextRowid = consecutiveRowids();
      const insert = <P extends { rowid: number }>(
        query: { run: (db: Db, p: P, on?: Db) => Promise<unknown> },
        params: Omit<P, 'rowid'>,
      ) => {
        let rowid = nextRowid();
        return retryOnRowidClash(() => {
          const attempt = query.run(db, { ...params, rowid } as P, trx);
          rowid = randomRowid();
          return attempt;
        });
      };
      for (const r of byResponse.get(id) ?? []) {
        const common = { responseId: id, question: r.question, modelId: by.modelId, at };
        await insert(insertAnalysis, {
          ...common,
          substantive: r.substantive ? 1 : 0,
          score: r.sentiment.score,
          label: r.sentiment.label,
          safeguarding: r.safeguarding ? 1 : 0,
          evidence: JSON.stringify(r.safeguardingEvidence),
          redacted: r.redacted,
          codebookKey: by.codebookKey,
          codebookVersion: by.codebookVersion,
          disputed: JSON.stringify(r.disputed ?? []),
        });
        for (const t of r.themes) {
          await insert(insertTheme, {
            ...common,
            themeId: t.id,
            score: t.score,
            evidence: JSON.stringify(t.evidence),
            codebookVersion: by.codebookVersion,
          });
        }
      }
    }
    await refreshReportSummaries(trx, ids);
    // A job re-queued while it was being tagged (a new codebook) has a new created_at: keep it.
    for (const job of jobs) {
      await finishJob.run(db, { responseId: job.responseId, createdAt: job.createdAt }, trx);
    }
  });
}
