// The database as Kysely sees it. Timestamps are ISO-8601 UTC strings and JSON columns are text,
// so the same tables work on SQLite and PostgreSQL without dialect-specific types.
import type { Generated } from 'kysely';
import type {
  ActionApprovalsTable,
  ActionFiguresTable,
  ActionTextsTable,
  ActionUpdatesTable,
} from './schema-action-history.ts';

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
  /** 1: publishing needs the draft approved by an officer and a forum member. */
  requires_approval: Generated<number>;
  /** 1: parents need a single-use access code to answer. */
  access_codes_required: Generated<number>;
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
  /** E-mail of who published it in the app; null for versions loaded from files. */
  published_by: Generated<string | null>;
}

export interface ResponsesTable {
  id: string;
  survey_id: string;
  version_id: string;
  answers: string;
  /** Truncated to the hour: an exact time could be matched to a person. */
  submitted_at: string;
  /** online, or paper: entered by an officer from a paper or telephone response. */
  channel: Generated<string>;
}

export interface IdempotencyKeysTable {
  survey_id: string;
  /** SHA-256 of the client's key: the key itself never needs to be read back. */
  key_hash: string;
  request_hash: string;
  response_id: string;
  created_at: string;
}

export interface CodebooksTable {
  id: string;
  /** Stable name of the codebook ("send-default"); versions of it share the key. */
  key: string;
  version: number;
  document: string;
  content_hash: string;
  /** file: follows analysis/codebooks/; app: edited by the team, never overwritten by the file. */
  managed_by: string;
  created_at: string;
}

export interface ThemeModelsTable {
  id: string;
  document: string;
  /** JSON array of the labels the model decides. */
  labels: string;
  example_count: number;
  /** 1 for the model the tagger uses; at most one row. */
  active: number;
  created_at: string;
}

/** Per free-text answer: what the tagger found besides themes. */
export interface AnswerAnalysisTable {
  response_id: string;
  question: string;
  substantive: number;
  sentiment_score: number;
  sentiment_label: string;
  safeguarding: number;
  safeguarding_evidence: string;
  redacted: string;
  codebook_key: string;
  codebook_version: number;
  model_id: string | null;
  tagged_at: string;
  /** JSON array of theme ids the trained model decided otherwise than the keyword rules. */
  disputed_themes: Generated<string>;
}

/** Themes of free-text answers. Human rows (source "human") override automatic ones. */
export interface AnswerThemesTable {
  response_id: string;
  question: string;
  theme_id: string;
  /** auto | human */
  source: string;
  /** 1, or 0 for a human saying the theme does not apply. */
  present: number;
  score: number | null;
  evidence: string;
  codebook_version: number | null;
  model_id: string | null;
  created_at: string;
}

/** A response waiting to be tagged. One row per response; leases let instances share the queue. */
export interface TagJobsTable {
  response_id: string;
  run_id: string | null;
  created_at: string;
  lease_until: string | null;
  attempts: number;
}

export interface RetagRunsTable {
  id: string;
  reason: string;
  total: number;
  created_at: string;
}

/**
 * A training run from officers' codes. status: queued, running, ready (measured, waiting for an
 * administrator), installed, discarded or failed. agreement is JSON ({ rulesOnly, withModel }).
 */
export interface ModelTrainingsTable {
  id: string;
  status: string;
  codebook_key: string;
  requested_by: string;
  requested_at: string;
  lease_until: string | null;
  attempts: Generated<number>;
  finished_at: string | null;
  coded: number | null;
  held_out: number | null;
  agreement: string | null;
  document: string | null;
  labels: string | null;
  model_id: string | null;
  decided_by: string | null;
  decided_at: string | null;
  failure: string | null;
}

/** Officer, designer and admin accounts. Respondents never have one. */
export interface UsersTable {
  id: string;
  /** Lower-cased at every entry point so look-ups are exact. */
  email: string;
  /** admin | officer | designer */
  role: string;
  /** 1 when the person speaks for the parent carer forum. */
  forum_member: number;
  /** scrypt string with its salt and parameters; null until the person sets a password. */
  password_hash: string | null;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a copy of the database cannot be replayed as a cookie. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  /** last_seen_at plus the session lifetime: moves forward while the session is used. */
  expires_at: string;
  last_seen_at: string;
  /** password | second_factor | oidc: how the person proved who they are. */
  method: Generated<string>;
}

/** One TOTP secret per account; confirmed 0 until a correct code proved the person has it. */
export interface SecondFactorsTable {
  user_id: string;
  /** Base32, in clear: see the README's Accounts section. */
  secret: string;
  confirmed: number;
  /** The last 30-second step whose code was accepted, so no code works twice. */
  last_used_step: number | null;
  created_at: string;
}

/** SHA-256 of each one-time recovery code. */
export interface RecoveryCodesTable {
  code_hash: string;
  user_id: string;
  used: number;
}

/** A password accepted, the second factor (or its enrolment) still to come. Keyed by a hash. */
export interface PendingSignInsTable {
  id: string;
  user_id: string;
  /** second_factor | enrol */
  purpose: string;
  expires_at: string;
}

/** A sign-in at the identity provider in progress, keyed by a hash of the browser's cookie. */
export interface OidcSignInsTable {
  id: string;
  state: string;
  nonce: string;
  code_verifier: string;
  expires_at: string;
}

/** Settings an administrator changes in the app, e.g. require_second_factor = "true". */
export interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  /** SHA-256 of the bearer token, which is shown once and never stored. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked: number;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  expires_at: string;
  used: number;
}

/** Failed sign-ins per account (keyed by a hash of the e-mail), never per address. */
export interface LoginAttemptsTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  /** Null for the command line or an unknown e-mail at sign-in. */
  actor_user_id: string | null;
  actor_email: string;
  action: string;
  target: string | null;
  /** JSON object. */
  details: string;
}

/** An officer has read a flagged answer (who and when). */
export interface SafeguardingReviewsTable {
  response_id: string;
  question: string;
  reviewed_by: string;
  reviewed_at: string;
}

/** An officer approved this answer's redacted text for published outputs. */
export interface QuoteApprovalsTable {
  response_id: string;
  question: string;
  approved_by: string;
  approved_at: string;
  /** The shortened words approved (excerpts joined by " … "); null: the whole redacted answer. */
  excerpt: string | null;
}

/** An officer's wording of a question's narrative, replacing the drafted one. */
/** An officer's wording of a report's summary page, one per survey. */
export interface ReportSummaryTextsTable {
  survey_id: string;
  text: string;
  /** A digest of every figure of the survey when the text was saved. */
  figures_when_written: string;
  updated_by: string;
  updated_at: string;
}

export interface ReportNarrativesTable {
  survey_id: string;
  question: string;
  text: string;
  updated_by: string;
  updated_at: string;
  /** How many had answered the question (whole survey) when saved; null before that was kept. */
  answered_when_written: number | null;
  /** SHA-256 of the question's figures when saved (figureFingerprints); null before that was kept. */
  figures_when_written: string | null;
}

/**
 * Single-use codes for a targeted survey, stored hashed. Holds nothing else on purpose: no time
 * and no response, so a used code cannot be linked to the answers it let in.
 */
export interface AccessCodesTable {
  survey_id: string;
  code_hash: string;
  /** 0 or 1: 1 only for codes used before spent_access_codes existed. */
  used: Generated<number>;
}

/** Codes used since 2026-12-07-004: an HMAC under the server's secret, never the code's hash. */
export interface SpentAccessCodesTable {
  survey_id: string;
  tag: string;
}

/** A receipt: an HMAC of the parent's code under the server's secret, and the response. */
export interface ReceiptsTable {
  tag: string;
  response_id: string;
}

/** A response linked by its parent's receipt to their response to the previous survey. */
export interface ResponseLinksTable {
  response_id: string;
  previous_response_id: string;
  /** The later response's survey. */
  survey_id: string;
}

/** Answers discarded as an obvious bot's (honeypot filled, or sent too fast), per survey per hour. */
export interface BotDiscardsTable {
  survey_id: string;
  /** UTC ISO time truncated to the hour. */
  hour: string;
  discarded: number;
}

/** The one editable copy of a survey (at most one per survey), until it is published. */
export interface SurveyDraftsTable {
  survey_id: string;
  /** Goes up with every save; approvals are for one revision. */
  revision: number;
  definition: string;
  settings: string;
  title: string;
  series: string | null;
  updated_at: string;
  /** E-mail of who saved it last. */
  updated_by: string | null;
}

/** Sign-off of a draft revision by an officer or a parent carer forum member. */
export interface SurveyApprovalsTable {
  survey_id: string;
  revision: number;
  /** officer | forum */
  role: string;
  user_id: string;
  email: string;
  at: string;
}

/** A designer's request that a named colleague sign off a survey's draft (until it is published). */
export interface SignOffRequestsTable {
  survey_id: string;
  user_id: string;
  /** E-mail of the designer who asked. */
  asked_by: string;
  asked_at: string;
}

/**
 * What a report needs of one tagged response's free text, kept in step with answer_analysis and
 * answer_themes in the same transaction (see db/report-summaries.ts for the format).
 */
export interface ReportSummariesTable {
  response_id: string;
  survey_id: string;
  version_id: string;
  submitted_at: string;
  channel: string;
  /** What a report counts of the answers (analysis/report/stored-codes.ts); null when not known. */
  answer_codes: string | null;
  /** Null until the response's free text is tagged. */
  summary: string | null;
}

/** A batch of responses an officer set aside from reports; undone batches are kept. */
export interface SetAsideBatchesTable {
  id: string;
  survey_id: string;
  /** The cluster of identical answers it was taken from (db/answer-clusters.ts). */
  cluster_id: string;
  /** The hours it was limited to (inclusive), or null for every hour. */
  from_hour: string | null;
  to_hour: string | null;
  responses: number;
  reason: string;
  /** E-mail of the officer, as in audit_log. */
  set_by: string;
  set_at: string;
  undone_by: string | null;
  undone_at: string | null;
  undo_reason: string | null;
}

export interface SetAsideResponsesTable {
  batch_id: string;
  response_id: string;
  /** 1 while its batch is in force, 0 once undone. */
  active: Generated<number>;
}

export type ActionStatus = 'planned' | 'in_progress' | 'done';

/** Something the council will do about what families said, written by an officer. */
export interface ActionsTable {
  id: string;
  survey_id: string;
  title: string;
  description: string;
  status: ActionStatus;
  /** 1: may appear in published files and pages. */
  public: Generated<number>;
  created_by: string;
  /** YYYY-MM-DD (UTC): a day is all an action needs. */
  created_on: string;
  updated_by: string;
  updated_on: string;
}

export interface ActionThemesTable {
  action_id: string;
  theme_id: string;
}

export interface ActionQuestionsTable {
  action_id: string;
  question: string;
}

/** A snapshot of chosen questions' results, shown at /results/<slug> while it is the latest. */
export interface PublicationsTable {
  id: string;
  survey_id: string;
  /** 1, 2, ... per survey. */
  number: number;
  /** JSON list of question names, in the order chosen. */
  questions: string;
  /** JSON of the report document's blocks, as published. */
  document: string;
  k: number;
  /** How many responses the snapshot counted. */
  responses: number;
  published_by: string;
  /** YYYY-MM-DD (UTC). */
  published_on: string;
  unpublished_by: string | null;
  unpublished_on: string | null;
}

/** A keyed hash of each response a publication counted, to compare publications. */
export interface PublicationResponsesTable {
  publication_id: string;
  response_tag: string;
}

export interface Database {
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
  responses: ResponsesTable;
  idempotency_keys: IdempotencyKeysTable;
  codebooks: CodebooksTable;
  theme_models: ThemeModelsTable;
  answer_analysis: AnswerAnalysisTable;
  answer_themes: AnswerThemesTable;
  tag_jobs: TagJobsTable;
  retag_runs: RetagRunsTable;
  model_trainings: ModelTrainingsTable;
  safeguarding_reviews: SafeguardingReviewsTable;
  quote_approvals: QuoteApprovalsTable;
  report_narratives: ReportNarrativesTable;
  report_summary_texts: ReportSummaryTextsTable;
  report_summaries: ReportSummariesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  password_resets: PasswordResetsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  second_factors: SecondFactorsTable;
  recovery_codes: RecoveryCodesTable;
  pending_sign_ins: PendingSignInsTable;
  oidc_sign_ins: OidcSignInsTable;
  app_settings: AppSettingsTable;
  survey_drafts: SurveyDraftsTable;
  survey_approvals: SurveyApprovalsTable;
  sign_off_requests: SignOffRequestsTable;
  access_codes: AccessCodesTable;
  spent_access_codes: SpentAccessCodesTable;
  receipts: ReceiptsTable;
  response_links: ResponseLinksTable;
  bot_discards: BotDiscardsTable;
  set_aside_batches: SetAsideBatchesTable;
  set_aside_responses: SetAsideResponsesTable;
  actions: ActionsTable;
  action_themes: ActionThemesTable;
  action_questions: ActionQuestionsTable;
  publications: PublicationsTable;
  publication_responses: PublicationResponsesTable;
  action_updates: ActionUpdatesTable;
  action_texts: ActionTextsTable;
  action_approvals: ActionApprovalsTable;
  action_figures: ActionFiguresTable;
}

export type { Generated };
