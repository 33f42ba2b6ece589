// What the server assembles from the database for one report: plain data, no database handles, so
// the report stays a pure function of its input.
import type { PreparedReport } from './prepare-report.ts';

export type ChoiceValue = string | number | boolean;

export interface VersionReportSettings {
  themedQuestions: readonly string[];
  /** Options of an agree/disagree question that count as agreement, by question name. */
  positiveOptions: Readonly<Record<string, readonly (string | number)[]>>;
  quoteConsentQuestion?: string;
}

export interface ReportVersion {
  id: string;
  version: number;
  /** The SurveyJS definition exactly as published. */
  json: unknown;
  settings: VersionReportSettings;
}

export interface ReportResponse {
  id: string;
  versionId: string;
  /** Empty when `codes` is set (a report then needs nothing else of the answers). */
  answers: Readonly<Record<string, unknown>>;
  /** What a report counts of the answers, as stored with them (format in stored-codes.ts). */
  codes?: string;
  /** The analysis of its free text as stored (summary-format.ts), instead of a freeText entry. */
  summary?: string;
  /** ISO 8601 UTC, truncated to the hour. */
  submittedAt: string;
  channel?: 'online' | 'paper' | 'telephone';
}

/** The analysis of one free-text answer, with officers' codes already applied to `themes`. */
export interface FreeTextAnalysis {
  substantive: boolean;
  themes: readonly string[];
  redacted: string;
  safeguarding: boolean;
  /**
   * Set when `redacted` stands in for the text rather than holding it (equal stand-ins for equal
   * texts, empty for a blank one): the text's length, so quotes can be chosen before their texts
   * are read (see quoteCandidateKeys).
   */
  textLength?: number;
}

/** Response id → question name → analysis. */
export type FreeTextIndex = ReadonlyMap<string, ReadonlyMap<string, FreeTextAnalysis>>;

export interface ReportTheme {
  id: string;
  label: string;
}

/** internal: officers see every consented candidate, marked approved; published: approved only. */
export type QuoteMode = 'internal' | 'published';

/** Something the council will do (planned, in progress or done), as published: public ones only. */
export interface ReportAction {
  title: string;
  description: string;
  status: 'planned' | 'in_progress' | 'done';
  /** Codebook theme ids it answers. */
  themes: string[];
  /** Names of the questions it answers. */
  questions: string[];
}

export interface ReportInput {
  survey: { slug: string; title: string; series?: string };
  versions: readonly ReportVersion[];
  responses: readonly ReportResponse[];
  freeText: FreeTextIndex;
  /** The codebook's themes, in codebook order (ties in counts keep this order). */
  themes: readonly ReportTheme[];
  /**
   * Texts of the answers that may be quoted (response id → question → text), for responses whose
   * analysis is a stored `summary`. Without it, a stored summary offers its stand-ins (see
   * quoteCandidateKeys).
   */
  quoteTexts?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /**
   * The pass over the responses already done, with its quotes' texts (prepare-report.ts): used
   * when the report is for the same version, instead of counting again.
   */
  prepared?: PreparedReport;
  /** Keys `${responseId}:${question}` an officer approved for publication. */
  approvedQuotes?: ReadonlySet<string>;
  /** The shortened words an officer approved instead of a whole answer, by the same keys. */
  quoteExcerpts?: ReadonlyMap<string, string>;
  /**
   * The redacted answers of the approved quotes, by the same keys: approved quotes no theme shows
   * are listed under their question's `otherComments`.
   */
  approvedTexts?: ReadonlyMap<string, string>;
  /** Defaults to 'published', the safer of the two. */
  quoteMode?: QuoteMode;
  /** The survey's public actions ("What we will do"), carried into the report as they are. */
  actions?: readonly ReportAction[];
}

export interface ReportOptions {
  /** Suppression threshold: figures about fewer than k people are hidden. The caller sets the floor. */
  k: number;
  /**
   * The lowest k an officer may ask for (the server's floor). Figures hidden at any threshold from
   * it up to k are hidden, so reports of one survey at different k, read side by side, say no more
   * than the one at the lowest. Defaults to k: give it whenever other k can be asked for.
   */
  lowestK?: number;
  /** Name of a choice question to break every figure down by. */
  by?: string;
  /** Only responses to this version number, described by that version's definition. */
  version?: number;
  /** Stamped as `generatedAt`; without it the report carries no time, so it stays reproducible. */
  now?: Date;
  /** Officer-edited text per question name, replacing the drafted narrative. */
  narratives?: Readonly<Record<string, OfficerNarrative>>;
}

export interface OfficerNarrative {
  text: string;
  /** How many had answered the question in the whole survey when the text was saved. */
  answeredWhenWritten?: number;
  /**
   * How many have answered it in the whole survey now; defaults to this report's count, so give it
   * when the report covers one version only.
   */
  answeredNow?: number;
  /** figureFingerprints' value for the question when the text was saved. */
  figuresWhenWritten?: string;
  /** Its value now over the whole survey; defaults to this report's, as for answeredNow. */
  figuresNow?: string;
}
