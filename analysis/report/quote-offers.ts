// Offering a response's answers as quotes: the same pass picks the candidates before any text is
// read (with stand-ins for the texts) and the quotes themselves (with the candidates' texts).

import type { Catalog, QuestionSpec } from './catalog.ts';
import type { TextSource } from './column-builders.ts';
import { consents } from './consent.ts';
import type { FreeTextAnalysis, ReportInput, ReportResponse } from './input-types.ts';
import {
  QuotePool,
  quoteRank,
  stableHash,
  stableHashAfter,
  stableHashPrefix,
} from './quote-pool.ts';
import { codesConsent } from './stored-codes.ts';
import type { SummaryRow } from './summary-row.ts';

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
    if (response.codes !== undefined) return codesConsent(response.codes);
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

export type QuoteTexts = NonNullable<ReportInput['quoteTexts']> | 'stand-ins';

/**
 * Offers a consenting response's substantive themed answers from its stored summary: with
 * `quoteTexts`, only the answers they hold; with 'stand-ins', every one with its text's stand-in
 * (see prepare-report.ts). Makes nothing for an answer the pool would not keep: most are not.
 */
export function offerStoredQuotes(
  ctx: QuoteContext,
  themedTexts: readonly QuestionSpec[],
  responseId: string,
  row: SummaryRow,
  quoteTexts: QuoteTexts,
) {
  const texts = quoteTexts === 'stand-ins' ? undefined : quoteTexts.get(responseId);
  if (quoteTexts !== 'stand-ins' && !texts) return;
  let prefix: number | undefined;
  for (const spec of themedTexts) {
    const q = spec.index;
    if (row.present[q] !== 1 || row.substantive[q] !== 1) continue;
    const text = texts ? texts.get(spec.name) : undefined;
    if (texts ? text === undefined || text.trim() === '' : !row.hasFingerprint(q)) continue;
    const key = ctx.approved.size === 0 ? undefined : `${responseId}:${spec.name}`;
    const approved = key !== undefined && ctx.approved.has(key);
    if (ctx.published ? !approved : row.safeguarding[q] === 1 && !approved) continue;
    const rank = quoteRank(approved, row.length[q] as number);
    prefix ??= stableHashPrefix(responseId);
    const hash = stableHashAfter(prefix, spec.name);
    const themes = row.themes[q] ?? [];
    let wanted = false;
    for (const theme of themes) {
      const t = ctx.themeIndex.get(theme);
      if (t !== undefined && ctx.pool.couldTake(q, t, rank, hash)) wanted = true;
    }
    if (!wanted) continue;
    const entry = {
      key: key ?? `${responseId}:${spec.name}`,
      text: text ?? row.fingerprint(q),
      approved,
      rank,
      hash,
    };
    for (const theme of themes) {
      const t = ctx.themeIndex.get(theme);
      if (t !== undefined) ctx.pool.offer(q, t, entry);
    }
  }
}

/** Offers a consenting response's answers, from its stored summary or its analyses. */
export function offerResponseQuotes(
  ctx: QuoteContext,
  themedTexts: readonly QuestionSpec[],
  responseId: string,
  text: TextSource,
  quoteTexts: QuoteTexts,
) {
  if (text.row) offerStoredQuotes(ctx, themedTexts, responseId, text.row, quoteTexts);
  else if (text.analyses) offerQuotes(ctx, themedTexts, responseId, text.analyses);
}
