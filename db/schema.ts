// The database as Kysely sees it. Timestamps are ISO-8601 UTC strings and JSON columns are text,
// so the same tables work on SQLite and PostgreSQL without dialect-specific types.
import type { Generated } from 'kysely';

export interface SurveysTable {
  id: string;
  slug: string;
  title: string;
  /** draft | open | closed */
  status: string;
  opens_at: string | null;
  closes_at: string | null;
  series: string | null;
  current_version_id: string | null;
  /** file: seeded from surveys/ and refreshed when the file changes; app: the file is ignored. */
  managed_by: string;
  /** Hash of the survey file last loaded, to notice a changed file. */
  file_hash: string | null;
  created_at: string;
  updated_at: string;
}

export interface SurveyVersionsTable {
  id: string;
  survey_id: string;
  version: number;
  /** The exact SurveyJS JSON parents answered. Never updated. */
  definition: string;
  /** Analysis and page settings of this version (themed questions, notice text...). */
  settings: string;
  content_hash: string;
  created_at: string;
}

export interface ResponsesTable {
  id: string;
  survey_id: string;
  version_id: string;
  answers: string;
  /** Truncated to the hour: an exact time could be matched to a person. */
  submitted_at: string;
}

export interface IdempotencyKeysTable {
  survey_id: string;
  /** SHA-256 of the client's key: the key itself never needs to be read back. */
  key_hash: string;
  request_hash: string;
  response_id: string;
  created_at: string;
}

export interface Database {
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
  responses: ResponsesTable;
  idempotency_keys: IdempotencyKeysTable;
}

export type { Generated };
