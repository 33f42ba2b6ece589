// Loading many stored responses at once, for benchmarks that measure reports over a realistic
// database: one transaction and prepared statements, not the request path.
import SqliteDatabase from 'better-sqlite3';

export interface BulkResponse {
  id: string;
  answers: Record<string, unknown>;
  submittedAt: string;
  freeText: {
    question: string;
    substantive: boolean;
    redacted: string;
    themes: readonly string[];
  }[];
}

export function bulkLoadResponses(
  file: string,
  surveyId: string,
  versionId: string,
  rows: BulkResponse[],
) {
  const sqlite = new SqliteDatabase(file);
  try {
    const response = sqlite.prepare(
      'insert into responses (id, survey_id, version_id, answers, submitted_at) values (?, ?, ?, ?, ?)',
    );
    const analysis = sqlite.prepare(
      `insert into answer_analysis (response_id, question, substantive, sentiment_score, sentiment_label,
        safeguarding, safeguarding_evidence, redacted, codebook_key, codebook_version, model_id, tagged_at)
       values (?, ?, ?, 0, 'neutral', 0, '[]', ?, 'send-default', 1, null, ?)`,
    );
    const theme = sqlite.prepare(
      `insert into answer_themes (response_id, question, theme_id, source, present, score, evidence,
        codebook_version, model_id, created_at) values (?, ?, ?, 'auto', 1, 0.8, '[]', 1, null, ?)`,
    );
    sqlite.transaction(() => {
      for (const row of rows) {
        response.run(row.id, surveyId, versionId, JSON.stringify(row.answers), row.submittedAt);
        for (const text of row.freeText) {
          analysis.run(
            row.id,
            text.question,
            text.substantive ? 1 : 0,
            text.redacted,
            row.submittedAt,
          );
          for (const id of text.themes) theme.run(row.id, text.question, id, row.submittedAt);
        }
      }
    })();
    // One huge transaction leaves a huge write-ahead log; the server's own writes never do.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
}
