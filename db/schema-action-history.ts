// Tables of "You said, we did" (migration 2026-12-09-101), kept apart from schema.ts so the
// features built beside it change different lines.
import type { ActionStatus } from './schema.ts';

/** A dated note about an action, and the status it moved to when it changed. */
export interface ActionUpdatesTable {
  id: string;
  action_id: string;
  /** 1, 2, ... per action, in the order written. */
  position: number;
  /** YYYY-MM-DD (UTC). */
  written_on: string;
  written_by: string;
  note: string;
  status: ActionStatus | null;
}

/** An action's title and description in easy read (`en-easy`) or another language. */
export interface ActionTextsTable {
  action_id: string;
  locale: string;
  title: string;
  description: string;
}

/** A forum member's sign-off of one exact wording of an action, by its hash. */
export interface ActionApprovalsTable {
  action_id: string;
  content_hash: string;
  approved_by_id: string;
  approved_by: string;
  approved_on: string;
}

/** The figure that prompted an action ('then') and the same figure in a later survey ('now'). */
export interface ActionFiguresTable {
  action_id: string;
  role: 'then' | 'now';
  survey_id: string;
  question: string;
  theme: string | null;
  /** What the percentage counts, in words: "agreed with", "mentioned communication". */
  wording: string;
  percent: number;
  answered: number;
  measured_on: string;
}
