// The report as one document, built once and laid out by every file that reads as a document
// (the Word file and the printable page), so they carry the same words, tables and charts. Built
// only from the suppressed report, so nothing here can hold a hidden figure.
import type { ReportAction } from '../input-types.ts';

export type BlockLevel = 1 | 2 | 3 | 4;

/** Words of a paragraph or list item, bold or not. */
export interface Run {
  text: string;
  bold?: true;
}

export interface ChartBar {
  label: string;
  /** Absent when the figure is hidden: no bar is drawn, and `text` says why. */
  percent?: number;
  /** "41%" or "fewer than 10". */
  text: string;
}

export type Block =
  | {
      type: 'title';
      organisation: string;
      title: string;
      /** Facts under the title: when it was open, how many answered, the date of the report. */
      facts: [term: string, value: string][];
    }
  | {
      type: 'heading';
      level: BlockLevel;
      text: string;
      /** Starts a new page when printed: the summary is a page of its own. */
      newPage?: true;
    }
  | {
      type: 'paragraph';
      text: string;
      /** Present when some words are bold: the same words as `text`, in runs. */
      runs?: Run[];
    }
  | {
      type: 'list';
      items: string[];
      /** Present when some words are bold: each item's words in runs. */
      runs?: Run[][];
    }
  | { type: 'quote'; text: string }
  | { type: 'table'; caption: string; headers: string[]; rows: string[][] }
  | {
      type: 'chart';
      caption: string;
      bars: ChartBar[];
      /** The chart's figures in words, for anyone who cannot see it. */
      alt: string;
    };

export interface ReportDocument {
  organisation: string;
  title: string;
  blocks: Block[];
}

export type { ReportAction } from '../input-types.ts';
export type ActionStatus = ReportAction['status'];

/** Something the council will do in answer to the survey; only public ones reach a document. */

/** One page of the questionnaire as parents saw it. */
export interface QuestionnairePage {
  name: string;
  title: string;
  /** The page's introduction and any text shown between questions, one line each, in the
   * document's marked text (marked-text.ts): "**" around bold words, "- " before list items. */
  text: string[];
  /** Names of the questions on the page, in order. */
  questions: string[];
}

export interface DocumentContext {
  organisation: string;
  pages: readonly QuestionnairePage[];
  actions: readonly ReportAction[];
  /** Theme id → label, for actions. */
  themeLabels?: Readonly<Record<string, string>>;
  /** YYYY-MM-DD, the day the document is produced. */
  reportDate?: string;
  /** YYYY-MM-DD: when the survey opened and closed, when known. */
  opened?: string;
  closed?: string;
  /** Agreement (F1 as 0 to 100) between the automatic themes and officers' own coding, over the
   * answers they coded, when enough were coded to say. */
  themeAgreement?: { coded: number; percent?: number };
  /** An officer's own summary (paragraphs separated by a blank line), in place of the draft. */
  summary?: string;
}
