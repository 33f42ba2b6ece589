// The single pass over the responses: columns for counting, days for the timeline, and the best
// quote candidates per question and theme.
import { answerForm } from '../substantive.ts';
import { addTicks, hasValue, matrixCodes, singleCode } from './answer-codes.ts';
import type { Catalog, QuestionSpec } from './catalog.ts';
import {
  type Builder,
  builderFor,
  encodeTextAt,
  isAnalysed,
  type TextSource,
} from './column-builders.ts';
import {
  type Column,
  type Dataset,
  TEXT_NON_ANSWER,
  TEXT_NONE,
  TEXT_PENDING,
  TEXT_SUBSTANTIVE,
} from './dataset.ts';
import type { ReportInput } from './input-types.ts';
import {
  consentCheck,
  offerResponseQuotes,
  type QuoteTexts,
  quoteContext,
} from './quote-offers.ts';
import type { QuotePool } from './quote-pool.ts';
import { decodeStoredRow, versionPlan } from './stored-decode.ts';
import { SummaryRow } from './summary-row.ts';
import { DayCounter } from './timeline.ts';

export interface Encoded {
  dataset: Dataset;
  days: DayCounter;
  quotes: QuotePool;
  /** Row i of the dataset is input.responses[responseIndex[i]]. */
  responseIndex: Int32Array;
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

/** A text answer's state when it has no analysis yet. */
function unanalysedState(
  spec: QuestionSpec,
  value: unknown,
  substantive: (text: string) => boolean,
) {
  if (typeof value !== 'string' || value.trim() === '') return TEXT_NONE;
  // Themed answers wait for their analysis; others are judged on their wording alone.
  if (spec.themed) return TEXT_PENDING;
  return substantive(value) ? TEXT_SUBSTANTIVE : TEXT_NON_ANSWER;
}

/** Writes one response's row from its answers (responses stored without codes). */
function encodeAnswers(
  answers: Readonly<Record<string, unknown>>,
  specs: readonly QuestionSpec[],
  builders: readonly Builder[],
  n: number,
  text: TextSource,
  judge: (text: string) => boolean,
) {
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
        const known = isAnalysed(spec, text.row, text.analyses);
        const unanalysed = known ? TEXT_NONE : unanalysedState(spec, value, judge);
        encodeTextAt(b, spec, n, text.row, text.analyses, text.themeIndex, unanalysed);
        break;
      }
      default:
        b.answered[n] = hasValue(value) ? 1 : 0;
    }
  }
}

/**
 * One pass over the responses. Stored summaries offer quotes with the texts in `quoteTexts`
 * (none without them), or with their stand-ins (see prepare-report.ts).
 */
export function encodeResponses(
  input: ReportInput,
  catalog: Catalog,
  onlyVersion: boolean,
  quoteTexts: QuoteTexts = input.quoteTexts ?? new Map<string, ReadonlyMap<string, string>>(),
): Encoded {
  const size = input.responses.length;
  const builders = catalog.questions.map((q) => builderFor(q, size));
  const ctx = quoteContext(input);
  const quotable = consentCheck(catalog);
  const themedTexts = catalog.questions.filter((q) => q.kind === 'text' && q.themed);
  const days = new DayCounter();
  const responseIndex = new Int32Array(size);
  const specs = catalog.questions;
  const judge = wordingJudge();
  const plans = new Map(input.versions.map((v) => [v.id, versionPlan(catalog, v)] as const));
  const summaryRow = new SummaryRow(catalog);
  const text: TextSource = { row: undefined, analyses: undefined, themeIndex: ctx.themeIndex };
  let n = 0;
  input.responses.forEach((response, r) => {
    if (onlyVersion && !catalog.versionIds.has(response.versionId)) return;
    text.row = response.summary === undefined ? undefined : summaryRow.load(response.summary);
    text.analyses = input.freeText.get(response.id);
    if (quotable(response)) offerResponseQuotes(ctx, themedTexts, response.id, text, quoteTexts);
    days.add(response.submittedAt);
    responseIndex[n] = r;
    const plan = response.codes === undefined ? undefined : plans.get(response.versionId);
    if (plan && response.codes !== undefined) {
      decodeStoredRow(plan, response.codes, specs, builders, n, text);
    } else {
      encodeAnswers(response.answers, specs, builders, n, text, judge);
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
