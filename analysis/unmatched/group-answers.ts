// Grouping answers no theme matched, so an officer can see what parents keep saying that the
// codebook has no theme for: TF-IDF over stems and two-word phrases, cosine similarity, average
// linkage cut at a similarity, then a label and examples per group. Pure and deterministic; the
// cost is bounded by MAX_GROUPED_ANSWERS and MAX_TERM_CHARS whatever the input.
import { answerTerms, wordsIn } from './answer-terms.ts';
import { groupLabel } from './group-label.ts';
import { averageLinkage } from './linkage.ts';

/** At most this many answers are grouped (the n × n matrix is then 16 MB and about 0.5 s). */
export const MAX_GROUPED_ANSWERS = 2000;

export interface AnswerToGroup {
  id: string;
  /** The redacted text: labels are made of its words, so nothing redaction removed can show. */
  text: string;
}

export interface AnswerGroup {
  /** The group's most distinctive phrase, as parents wrote it. */
  label: string;
  /** Words and phrases to start a theme's keywords from: the label first. */
  keywords: string[];
  /** Ids of the answers in the group, most typical first. */
  ids: string[];
}

export interface Grouping {
  /** Groups of at least `minSize` answers, largest first. */
  groups: AnswerGroup[];
  /** How many answers were read (the first MAX_GROUPED_ANSWERS given). */
  considered: number;
  /** Answers read that are in no group: alone in what they say, or with no words to compare. */
  ungrouped: number;
}

export interface GroupOptions {
  /** Groups are cut where the average cosine similarity falls below this. */
  minSimilarity?: number;
  minSize?: number;
  maxAnswers?: number;
}

interface Vector {
  indices: number[];
  values: number[];
}

export function groupAnswers(
  answers: readonly AnswerToGroup[],
  options: GroupOptions = {},
): Grouping {
  const { minSimilarity = 0.15, minSize = 2 } = options;
  const limit = Math.min(options.maxAnswers ?? MAX_GROUPED_ANSWERS, MAX_GROUPED_ANSWERS);
  const read = answers.slice(0, limit);
  const n = read.length;
  const termsOf = read.map((a) => answerTerms(a.text));
  const df = new Map<string, number>();
  for (const { terms } of termsOf)
    for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);

  // Only terms shared by two answers can join them, and terms in most answers join everything.
  const features = new Map<string, number>();
  for (const [term, count] of [...df].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count >= 2 && (n < 10 || count <= n / 2) && wordsIn(term) <= 2)
      features.set(term, features.size);
  }
  const vectors = termsOf.map(({ terms }) => vectorOf(terms, features, df, n));
  const similarity = cosineMatrix(vectors, features.size, n);
  const use = vectors.map((v) => v.indices.length > 0);
  const clusters = averageLinkage(similarity, n, use, minSimilarity).filter(
    (c) => c.length >= minSize,
  );

  const groups = clusters.map((members) => {
    const order = typical(members, vectors);
    const { label, keywords } = groupLabel(
      members.map((i) => termsOf[i] ?? answerTerms('')),
      df,
      n,
    );
    return { label, keywords, ids: order.map((i) => read[i]?.id ?? '') };
  });
  groups.sort(
    (a, b) => b.ids.length - a.ids.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
  );
  const grouped = groups.reduce((sum, g) => sum + g.ids.length, 0);
  return { groups, considered: n, ungrouped: n - grouped };
}

function vectorOf(
  terms: Map<string, number>,
  features: Map<string, number>,
  df: Map<string, number>,
  n: number,
): Vector {
  const entries: [number, number][] = [];
  let squares = 0;
  for (const [term, tf] of terms) {
    if (wordsIn(term) > 2) continue;
    const weight = (1 + Math.log(tf)) * (Math.log((n + 1) / ((df.get(term) ?? 0) + 1)) + 1);
    // Terms no other answer uses still count in the length: one shared word among many is weak.
    squares += weight * weight;
    const index = features.get(term);
    if (index !== undefined) entries.push([index, weight]);
  }
  entries.sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(squares) || 1;
  return { indices: entries.map((e) => e[0]), values: entries.map((e) => e[1] / norm) };
}

/** Cosine similarities through an inverted index: only pairs sharing a term cost anything. */
function cosineMatrix(vectors: Vector[], featureCount: number, n: number): Float32Array {
  const counts = new Int32Array(featureCount + 1);
  for (const v of vectors) for (const f of v.indices) counts[f + 1] = (counts[f + 1] as number) + 1;
  for (let f = 0; f < featureCount; f++)
    counts[f + 1] = (counts[f + 1] as number) + (counts[f] as number);
  const starts = counts.slice();
  const docs = new Int32Array(counts[featureCount] as number);
  const weights = new Float64Array(docs.length);
  vectors.forEach((v, doc) => {
    v.indices.forEach((f, k) => {
      const at = starts[f] as number;
      docs[at] = doc;
      weights[at] = v.values[k] as number;
      starts[f] = at + 1;
    });
  });
  // Postings are in document order, so row i only adds to the later documents of each list.
  const similarity = new Float32Array(n * n);
  const row = new Float64Array(n);
  const cursor = counts.slice();
  for (let i = 0; i < n; i++) {
    const v = vectors[i] as Vector;
    row.fill(0, i + 1);
    for (let k = 0; k < v.indices.length; k++) {
      const f = v.indices[k] as number;
      const w = v.values[k] as number;
      const end = counts[f + 1] as number;
      let at = cursor[f] as number;
      while (at < end && (docs[at] as number) <= i) at++;
      cursor[f] = at;
      for (; at < end; at++) {
        const j = docs[at] as number;
        row[j] = (row[j] as number) + w * (weights[at] as number);
      }
    }
    for (let j = i + 1; j < n; j++) {
      const s = row[j] as number;
      if (s === 0) continue;
      similarity[i * n + j] = s;
      similarity[j * n + i] = s;
    }
  }
  return similarity;
}

/** Members nearest the group's centre first: the answers that say what the group says. */
function typical(members: number[], vectors: Vector[]): number[] {
  const centre = new Map<number, number>();
  for (const i of members) {
    const v = vectors[i] as Vector;
    v.indices.forEach((f, k) => {
      centre.set(f, (centre.get(f) ?? 0) + (v.values[k] as number));
    });
  }
  const closeness = (i: number) => {
    const v = vectors[i] as Vector;
    return v.indices.reduce((sum, f, k) => sum + (v.values[k] as number) * (centre.get(f) ?? 0), 0);
  };
  const scored = members.map((i) => ({ i, c: closeness(i) }));
  return scored.sort((a, b) => b.c - a.c || a.i - b.i).map((s) => s.i);
}
