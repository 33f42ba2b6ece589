// TF-IDF features over content stems: unigrams and adjacent bigrams ("wait list" says more than
// "wait" or "list"), sublinear term frequency so one repeated word cannot dominate an answer, and
// unit length so that long and short answers are comparable.
import { PairTable } from './pair-table.ts';

/** Rows of a sparse matrix, compressed (CSR): row r holds entries rowStart[r]..rowStart[r+1]-1. */
export interface SparseRows {
  rowStart: Int32Array;
  columns: Int32Array;
  values: Float64Array;
  columnCount: number;
}

/** A bigram's key: stems never contain spaces, so this cannot collide with a unigram. */
export const bigram = (first: string, second: string) => `${first} ${second}`;

/** The distinct unigram and bigram terms of one answer. */
export function distinctTerms(stems: string[]): Set<string> {
  const terms = new Set<string>(stems);
  for (let i = 1; i < stems.length; i++)
    terms.add(bigram(stems[i - 1] as string, stems[i] as string));
  return terms;
}

export interface Vocabulary {
  terms: string[];
  idf: number[];
}

/**
 * Keeps terms found in at least `minDocumentFrequency` answers (rarer ones cannot generalise),
 * the most frequent first up to `maxTerms`, ties broken by the term so the order is reproducible.
 */
export function buildVocabulary(
  documents: string[][],
  minDocumentFrequency: number,
  maxTerms: number,
): Vocabulary {
  const frequency = new Map<string, number>();
  for (const stems of documents) {
    for (const term of distinctTerms(stems)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const kept = [...frequency].filter(([, df]) => df >= minDocumentFrequency);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  kept.length = Math.min(kept.length, maxTerms);
  // Smoothed idf, as if one extra answer held every term: never zero, never infinite.
  const n = documents.length;
  return {
    terms: kept.map(([term]) => term),
    idf: kept.map(([, df]) => Math.log((1 + n) / (1 + df)) + 1),
  };
}

/**
 * Turns stems into a unit-length TF-IDF vector. Prediction runs this for every answer, so it works
 * in scratch arrays sized to the vocabulary and allocates nothing: the result is only valid until
 * the next call.
 */
export class Vectorizer {
  /** Every stem that occurs in a term, unigram or bigram, numbered. */
  private readonly stemIds = new Map<string, number>();
  /** Feature of each stem as a unigram, or -1. */
  private readonly unigrams: Int32Array;
  private readonly bigrams: PairTable;
  private readonly idf: Float64Array;
  private readonly counts: Float64Array;
  private readonly indices: Int32Array;
  private readonly values: Float64Array;

  constructor(terms: readonly string[], idf: ArrayLike<number>) {
    const idOf = (stem: string) => {
      const known = this.stemIds.get(stem);
      if (known !== undefined) return known;
      const id = this.stemIds.size;
      this.stemIds.set(stem, id);
      return id;
    };
    const unigrams: number[] = [];
    const pairs: [number, number, number][] = [];
    terms.forEach((term, feature) => {
      const space = term.indexOf(' ');
      if (space < 0) unigrams[idOf(term)] = feature;
      else pairs.push([idOf(term.slice(0, space)), idOf(term.slice(space + 1)), feature]);
    });
    this.unigrams = Int32Array.from({ length: this.stemIds.size }, (_, i) => unigrams[i] ?? -1);
    this.bigrams = new PairTable(pairs.length);
    for (const [first, second, feature] of pairs) this.bigrams.set(first, second, feature);
    this.idf = Float64Array.from(idf);
    this.counts = new Float64Array(terms.length);
    this.indices = new Int32Array(terms.length);
    this.values = new Float64Array(terms.length);
  }

  get size(): number {
    return this.counts.length;
  }

  /** Feature indices (in first-seen order) and weights; the first `length` entries are valid. */
  vectorize(stems: readonly string[]): {
    indices: Int32Array;
    values: Float64Array;
    length: number;
  } {
    const { counts, indices, values, unigrams, bigrams, idf } = this;
    let length = 0;
    let previous = -1;
    for (let t = 0; t < stems.length; t++) {
      const id = this.stemIds.get(stems[t] as string) ?? -1;
      for (let pass = 0; pass < 2; pass++) {
        const feature =
          id < 0
            ? -1
            : pass === 0
              ? (unigrams[id] as number)
              : previous < 0
                ? -1
                : bigrams.get(previous, id);
        if (feature < 0) continue;
        if (counts[feature] === 0) indices[length++] = feature;
        counts[feature] = (counts[feature] as number) + 1;
      }
      previous = id;
    }
    let squared = 0;
    for (let k = 0; k < length; k++) {
      const i = indices[k] as number;
      const value = (1 + Math.log(counts[i] as number)) * (idf[i] as number);
      counts[i] = 0;
      values[k] = value;
      squared += value * value;
    }
    const scale = squared > 0 ? 1 / Math.sqrt(squared) : 0;
    for (let k = 0; k < length; k++) values[k] = (values[k] as number) * scale;
    return { indices, values, length };
  }

  /** All documents as sparse rows, for training. */
  matrix(documents: readonly (readonly string[])[]): SparseRows {
    const rowStart = new Int32Array(documents.length + 1);
    const columns: number[] = [];
    const values: number[] = [];
    documents.forEach((stems, r) => {
      const row = this.vectorize(stems);
      for (let k = 0; k < row.length; k++) {
        columns.push(row.indices[k] as number);
        values.push(row.values[k] as number);
      }
      rowStart[r + 1] = columns.length;
    });
    return {
      rowStart,
      columns: Int32Array.from(columns),
      values: Float64Array.from(values),
      columnCount: this.size,
    };
  }
}
