// The single pass over the responses: columns for counting, days for the timeline, and the best
// quote candidates per question and theme.
import { answerForm } from '../substantive.ts';
import { addTicks, consents, hasValue, matrixCodes, singleCode } from './answer-codes.ts';
import type { Catalog, QuestionSpec } from './catalog.ts';
import {
  type Column,
  type Dataset,
  TEXT_NON_ANSWER,
  TEXT_NONE,
  TEXT_PENDING,
  TEXT_SUBSTANTIVE,
} from './dataset.ts';
import type { FreeTextAnalysis, ReportInput, ReportResponse } from './input-types.ts';
import { QuotePool, quoteRank, stableHash } from './quote-pool.ts';
import { SparseRowsBuilder } from './sparse-rows.ts';
import { DayCounter } from './timeline.ts';

type Builder =
  | { kind: 'single'; codes: Int16Array }
  | { kind: 'multi'; ticks: SparseRowsBuilder }
  | { kind: 'matrix'; rows: Int16Array[]; answered: Uint8Array }
  | { kind: 'text'; state: Uint8Array; themes: SparseRowsBuilder }
  | { kind: 'other'; answered: Uint8Array };

function builderFor(spec: QuestionSpec, size: number): Builder {
  switch (spec.kind) {
    case 'single':
      return { kind: 'single', codes: new Int16Array(size).fill(-1) };
    case 'multi':
      return { kind: 'multi', ticks: new SparseRowsBuilder(size) };
    case 'matrix':
      return {
        kind: 'matrix',
        rows: spec.rows.map(() => new Int16Array(size).fill(-1)),
        answered: new Uint8Array(size),
      };
    case 'text':
      return { kind: 'text', state: new Uint8Array(size), themes: new SparseRowsBuilder(size) };
    default:
      return { kind: 'other', answered: new Uint8Array(size) };
  }
}

export interface Encoded {
  dataset: Dataset;
  days: DayCounter;
  quotes: QuotePool;
  /** Row i of the dataset is input.responses[responseIndex[i]]. */
  responseIndex: Int32Array;
}

/** What quoting one answer needs, fixed for the whole pass. */
export interface QuoteContext {
  pool: QuotePool;
  approved: ReadonlySet<string>;
  published: boolean;
  themeIndex: ReadonlyMap<string, number>;
}

function offerQuote(
  ctx: QuoteContext,
  spec: QuestionSpec,
  responseId: string,
  a: FreeTextAnalysis,
) {
  if (a.redacted.trim() === '') return;
  const key = `${responseId}:${spec.name}`;
  const approved = ctx.approved.has(key);
  // Unapproved answers flagged for safeguarding stay with the officers handling them.
  if (ctx.published ? !approved : a.safeguarding && !approved) return;
  const entry = {
    key,
    text: a.redacted,
    approved,
    rank: quoteRank(approved, a.textLength ?? a.redacted.length),
    hash: stableHash(key),
  };
  for (const theme of a.themes) {
    const t = ctx.themeIndex.get(theme);
    if (t !== undefined) ctx.pool.offer(spec.index, t, entry);
  }
}

export function quoteContext(input: ReportInput): QuoteContext {
  return {
    pool: new QuotePool(5 + input.themes.length),
    approved: input.approvedQuotes ?? new Set(),
    published: (input.quoteMode ?? 'published') === 'published',
    themeIndex: new Map(input.themes.map((t, i) => [t.id, i] as const)),
  };
}

/** Whether a response's answers may be quoted at all: its consent question, answered yes. */
export function consentCheck(catalog: Catalog) {
  const fallbackConsent = [...catalog.consentQuestion.values()].find((q) => q !== undefined);
  return (response: ReportResponse) => {
    const consentQuestion = catalog.consentQuestion.has(response.versionId)
      ? catalog.consentQuestion.get(response.versionId)
      : fallbackConsent;
    return consentQuestion !== undefined && consents(response.answers[consentQuestion]);
  };
}

/** Offers a consenting response's substantive answers to themed questions as quotes. */
export function offerQuotes(
  ctx: QuoteContext,
  themedTexts: readonly QuestionSpec[],
  responseId: string,
  analyses: ReadonlyMap<string, FreeTextAnalysis>,
) {
  for (const spec of themedTexts) {
    const analysis = analyses.get(spec.name);
    if (analysis?.substantive) offerQuote(ctx, spec, responseId, analysis);
  }
}

/** Short non-answers ("n/a", "no") repeat across thousands of responses: judge each once. */
function wordingJudge(): (text: string) => boolean {
  const cache = new Map<string, boolean>();
  return (text) => {
    if (text.length > 80) return answerForm(text, undefined).substantive;
    let known = cache.get(text);
    if (known === undefined) {
      known = answerForm(text, undefined).substantive;
      if (cache.size < 50_000) cache.set(text, known);
    }
    return known;
  };
}

function encodeText(
  b: Extract<Builder, { kind: 'text' }>,
  spec: QuestionSpec,
  at: number,
  value: unknown,
  analysis: FreeTextAnalysis | undefined,
  themeIndex: ReadonlyMap<string, number>,
  substantive: (text: string) => boolean,
) {
  if (analysis) {
    b.state[at] = analysis.substantive ? TEXT_SUBSTANTIVE : TEXT_NON_ANSWER;
    if (analysis.substantive && spec.themed) {
      for (const theme of analysis.themes) {
        const t = themeIndex.get(theme);
        if (t !== undefined) b.themes.add(t);
      }
    }
  } else if (typeof value === 'string' && value.trim() !== '') {
    // Themed answers wait for their analysis; others are judged on their wording alone.
    if (spec.themed) b.state[at] = TEXT_PENDING;
    else b.state[at] = substantive(value) ? TEXT_SUBSTANTIVE : TEXT_NON_ANSWER;
  } else {
    b.state[at] = TEXT_NONE;
  }
  b.themes.endRow();
}

export function encodeResponses(
  input: ReportInput,
  catalog: Catalog,
  onlyVersion: boolean,
): Encoded {
  const size = input.responses.length;
  const builders = catalog.questions.map((q) => builderFor(q, size));
  const ctx = quoteContext(input);
  const themeIndex = ctx.themeIndex;
  const quotable = consentCheck(catalog);
  const themedTexts = catalog.questions.filter((q) => q.kind === 'text' && q.themed);
  const days = new DayCounter();
  const responseIndex = new Int32Array(size);
  const specs = catalog.questions;
  const judge = wordingJudge();
  let n = 0;
  input.responses.forEach((response, r) => {
    if (onlyVersion && !catalog.versionIds.has(response.versionId)) return;
    const answers = response.answers;
    const analyses = input.freeText.get(response.id);
    if (analyses && quotable(response)) offerQuotes(ctx, themedTexts, response.id, analyses);
    days.add(response.submittedAt);
    responseIndex[n] = r;
    for (let q = 0; q < specs.length; q++) {
      const spec = specs[q] as QuestionSpec;
      const b = builders[q] as Builder;
      const value = answers[spec.name];
      switch (b.kind) {
        case 'single':
          b.codes[n] = singleCode(spec, value);
          break;
        case 'multi':
          addTicks(spec, value, b.ticks);
          b.ticks.endRow();
          break;
        case 'matrix':
          b.answered[n] = matrixCodes(spec, value, b.rows, n) ? 1 : 0;
          break;
        case 'text': {
          const analysis = analyses?.get(spec.name);
          encodeText(b, spec, n, value, analysis, themeIndex, judge);
          break;
        }
        default:
          b.answered[n] = hasValue(value) ? 1 : 0;
      }
    }
    n++;
  });
  const columns = builders.map((b): Column => {
    if (b.kind === 'multi') return { kind: 'multi', ticks: b.ticks.build() };
    if (b.kind === 'text') return { kind: 'text', state: b.state, themes: b.themes.build() };
    return b;
  });
  return { dataset: { n, columns }, days, quotes: ctx.pool, responseIndex };
}
