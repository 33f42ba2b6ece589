// Messages between the app's thread and the database writer thread (db/writer-thread.ts).
import type { IdempotencyClaim, NewResponse, SaveResult } from './responses-repository.ts';
import type { AnswerTags, TaggedBy } from './tag-results-repository.ts';
import type { ClaimedJob } from './tagging-repository.ts';

export interface WriterData {
  file: string;
}

export type ToWriter =
  | { kind: 'submit'; id: number; response: NewResponse; claim?: IdempotencyClaim }
  | {
      kind: 'tags';
      id: number;
      jobs: ClaimedJob[];
      results: AnswerTags[];
      by: TaggedBy;
      /** ISO time: a Date does not survive the trip unchanged in every case we need. */
      now: string;
    }
  | { kind: 'claim'; id: number; limit: number; now: string; leaseMs: number }
  | { kind: 'close'; id: number };

/** An error's message and SQLite code: what callers look at (a structured clone drops `code`). */
export interface WriterError {
  message: string;
  code?: string;
}

export type FromWriter =
  | { id: number; ok: true; result?: SaveResult; claimed?: ClaimedJob[] }
  | { id: number; ok: false; error: WriterError };
