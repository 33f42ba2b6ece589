// The public JSON contract of a report. Every percentage runs 0 to 100 with one decimal and travels
// with its denominator and a 95% Wilson interval. A hidden figure keeps its identifying keys and
// says `suppressed: true` instead of numbers, never 0.
import type { ChoiceValue, ReportAction } from './input-types.ts';

export type Interval = [low: number, high: number];

export interface Suppressed {
  suppressed: true;
}

export interface Proportion {
  count: number;
  percent: number;
  ci: Interval;
}

export type OptionFigure = { value: ChoiceValue; label: string } & (Proportion | Suppressed);

/** Share choosing a positive option among those who gave an opinion (n). */
export type AgreementFigure = (Proportion & { n: number }) | Suppressed;

export interface TrendPoint {
  /** The survey's slug. */
  survey: string;
  title: string;
  percent?: number;
  n?: number;
  ci?: Interval;
  suppressed?: true;
  /** Two-sided p of the change from the survey just before; absent for the first or when unknown. */
  p?: number;
  significant: boolean;
}

export interface RowFigure {
  name: string;
  title: string;
  agreement?: AgreementFigure;
  /**
   * Respondents who answered the row, and each column: every row of a grid with no agree-like
   * columns; an agree/disagree row outside breakdown groups, unless that would reveal a small number.
   */
  answered?: number;
  options?: OptionFigure[];
  /** A row with no agree-like columns that fewer than k answered: no figures at all. */
  suppressed?: true;
  trend?: TrendPoint[];
}

export interface QuoteCandidate {
  /** `${responseId}:${question}`, the key an officer approves. */
  key: string;
  /** The whole redacted answer. */
  text: string;
  approved: boolean;
  /** The shortened words approved, when an officer shortened the quote: what files carry. */
  excerpt?: string;
}

export type ThemeFigure = { id: string; label: string } & (
  | (Proportion & {
      /** Redacted quotes an officer approved for publication. */
      quotes: string[];
      /** Officers' reports only: every candidate quote, approved or not, to approve. */
      candidates?: QuoteCandidate[];
    })
  | Suppressed
);

/** An officer's own narrative, and whether the figures have moved since it was written. */
export interface NarrativeEdit {
  /** How many had answered the question (whole survey) when it was saved; absent if not recorded. */
  answeredWhenWritten?: number | Suppressed;
  /** That number has changed since: the text may no longer hold. */
  stale: boolean;
}

interface QuestionHead {
  name: string;
  title: string;
  type: string;
}

interface QuestionTail {
  narrative: string;
  /** Officers' reports only, when an officer wrote the narrative. */
  narrativeEdit?: NarrativeEdit;
}

export interface ShownQuestion extends QuestionHead, QuestionTail {
  answered: number;
  suppressed?: never;
  /**
   * Non-empty free-text answers whose analysis has not arrived yet (not counted in `answered`);
   * fewer than k of them read `{ "suppressed": true }`.
   */
  pending?: number | Suppressed;
  options?: OptionFigure[];
  rows?: RowFigure[];
  agreement?: AgreementFigure;
  themes?: ThemeFigure[];
  /**
   * Approved quotes shown under none of the themes (the question is not themed, or no shown
   * theme matched them): published as the question's "Other comments". Absent when there are none.
   */
  otherComments?: string[];
  trend?: TrendPoint[];
}

/** Fewer than k answered (or hidden to protect such a question elsewhere): no figures at all. */
export interface SuppressedQuestion extends QuestionHead, Suppressed, QuestionTail {
  answered?: never;
  pending?: never;
  options?: never;
  rows?: never;
  agreement?: never;
  themes?: never;
  otherComments?: never;
  trend?: never;
}

export type QuestionFigure = ShownQuestion | SuppressedQuestion;

export type TimelineUnit = 'day' | 'week' | 'month';

export type TimelineEntry = {
  /** Europe/London day (YYYY-MM-DD); the first day when the entry covers several. */
  date: string;
  /** Last day covered (inclusive), when the entry covers more than one day. */
  to?: string;
} & ({ count: number } | Suppressed);

export type BreakdownGroup = { value: ChoiceValue; label: string } & (
  | { n: number; questions: QuestionFigure[] }
  | Suppressed
);

export interface Breakdown {
  question: string;
  groups: BreakdownGroup[];
}

export interface Report {
  survey: { slug: string; title: string };
  responses: number;
  k: number;
  timelineUnit: TimelineUnit;
  timeline: TimelineEntry[];
  questions: QuestionFigure[];
  breakdown?: Breakdown;
  generatedAt?: string;
  /** Officers' reports: the lowest k a request may ask for (the server's SUPPRESSION_K). */
  minimumK?: number;
  /** Officers' reports: how many responses an officer set aside, none of them counted here. */
  setAside?: number;
  /** The survey's public actions ("What we will do"); private ones never appear. */
  actions?: ReportAction[];
}
