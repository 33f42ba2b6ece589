// What the main thread and the tagging thread say to each other (see tagging-thread.ts).
import type { Codebook } from '../../analysis/codebook.ts';
import type { TagResult } from '../../analysis/tag-answer.ts';
import type { CompareInput, ThemeChange } from './compare-codebooks.ts';

/** A codebook (and model) to tag with, sent once per version: documents are large. */
export interface LoadTagger {
  kind: 'load';
  key: string;
  stamp: string;
  /** Checked already (parseCodebook) on the main thread. */
  codebook: Codebook;
  /** The active model's document, or null. */
  model: unknown;
}

export interface TagItem {
  key: string;
  text: string;
  question: string;
}

/** One message per claimed batch: the thread answers with one result per item, in order. */
export interface TagRequest {
  kind: 'tag';
  id: number;
  items: TagItem[];
}

export interface CompareRequest extends CompareInput {
  kind: 'compare';
  id: number;
}

export type ToThread = LoadTagger | TagRequest | CompareRequest;

export type ThreadResult = TagResult[] | ThemeChange[];

export type FromThread =
  | { id: number; ok: true; result: ThreadResult }
  | { id: number; ok: false; message: string };

export interface ThreadData {
  maxChars: number;
}
