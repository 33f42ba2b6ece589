// The report: counts, percentages with intervals, themes with quotes, suppression and narrative
// drafts, computed from the survey's versions, responses and free-text analysis. Pure and
// deterministic: the same input gives byte-identical JSON (no clock unless `now` is given).
import { breakdownQuestion, buildBreakdown } from './breakdown.ts';
import { buildCatalog, type QuestionSpec } from './catalog.ts';
import { encodeResponses } from './encode.ts';
import type { OfficerNarrative, ReportInput, ReportOptions } from './input-types.ts';
import { type Mask, mergeMask } from './mask.ts';
import { draftNarrative } from './narrative.ts';
import { approvedByQuestion, otherComments } from './other-comments.ts';
import { type Counted, suppressAll } from './populations.ts';
import { isSmall } from './protect-cells.ts';
import { protectVersion } from './protect-version.ts';
import { tallyFingerprint } from './question-counts.ts';
import { approvedWords } from './quote-excerpt.ts';
import type { QuoteEntry, QuotePool } from './quote-pool.ts';
import { renderQuestion, type ShownFigures } from './render.ts';
import { parseReportOptions } from './report-options.ts';
import type { NarrativeEdit, QuestionFigure, QuoteCandidate, Report } from './report-types.ts';
import { type Tally, tallyAll } from './tally.ts';
import { buildTimeline } from './timeline.ts';

const QUOTES_PER_THEME = 5;

function attachQuotes(
  figures: ShownFigures,
  spec: QuestionSpec,
  input: ReportInput,
  pool: QuotePool,
) {
  if (!figures.themes) return;
  const themeIndex = new Map(input.themes.map((t, i) => [t.id, i] as const));
  const shown = figures.themes.flatMap((t) => ('count' in t && t.count > 0 ? [t] : []));
  const chosen = pool.select(
    spec.index,
    shown.map((t) => themeIndex.get(t.id) as number),
    QUOTES_PER_THEME,
  );
  const published = (input.quoteMode ?? 'published') === 'published';
  const excerpts = input.quoteExcerpts ?? new Map<string, string>();
  for (const theme of shown) {
    const entries = chosen.get(themeIndex.get(theme.id) as number) ?? [];
    // Published mode was only offered approved answers; officers also get every candidate.
    theme.quotes = entries.flatMap((e) => {
      const words = e.approved ? approvedWords(e.text, excerpts.get(e.key)) : null;
      return words === null ? [] : [words];
    });
    if (!published) theme.candidates = entries.map((e) => candidateOf(e, excerpts));
  }
}

/**
 * Officers see the whole redacted answer and, when they shortened it, the words approved; an
 * excerpt the answer no longer holds is shown as not approved, as no file carries it.
 */
export function candidateOf(e: QuoteEntry, excerpts: ReadonlyMap<string, string>): QuoteCandidate {
  const excerpt = excerpts.get(e.key);
  const words = e.approved ? approvedWords(e.text, excerpt) : null;
  const candidate: QuoteCandidate = { key: e.key, text: e.text, approved: words !== null };
  if (excerpt !== undefined && words !== null) candidate.excerpt = words;
  return candidate;
}

/** An officer's narrative in place of the draft, flagged when any of its figures moved. */
function withEdit(
  figure: QuestionFigure,
  edited: OfficerNarrative | undefined,
  tally: Tally,
  k: number,
): QuestionFigure {
  if (edited === undefined) return figure;
  const then = edited.answeredWhenWritten;
  const now = edited.answeredNow ?? tally.answered;
  const figuresThen = edited.figuresWhenWritten;
  const figuresMoved =
    figuresThen !== undefined && figuresThen !== (edited.figuresNow ?? tallyFingerprint(tally));
  const narrativeEdit: NarrativeEdit = {
    stale: (then !== undefined && then !== now) || figuresMoved,
  };
  if (then !== undefined) {
    narrativeEdit.answeredWhenWritten = isSmall(then, k) ? { suppressed: true } : then;
  }
  return { ...figure, narrative: edited.text, narrativeEdit };
}

export function buildReport(input: ReportInput, rawOptions: ReportOptions): Report {
  const options = parseReportOptions(rawOptions);
  const { k } = options;
  const prepared = input.prepared?.version === options.version ? input.prepared : undefined;
  const catalog = prepared?.catalog ?? buildCatalog(input.versions, options.version);
  const by = options.by === undefined ? undefined : breakdownQuestion(catalog, options.by);
  const specs = catalog.questions;
  const { dataset, days, quotes } =
    prepared?.encoded ?? encodeResponses(input, catalog, options.version !== undefined);
  const tallies = tallyAll(dataset, specs, input.themes.length, undefined);
  // Masks at every threshold from the lowest k an officer may ask for up to this one, each hiding
  // at least what the one below hides (see breakdown.ts): the reports nest.
  const lowest = Math.min(options.lowestK ?? k, k);
  const topAt = Array.from({ length: k - lowest + 1 }, (_, i) => ({
    k: lowest + i,
    masks: suppressAll(specs, tallies, lowest + i, false),
  }));
  const top: Counted = { tallies, masks: suppressAll(specs, tallies, k, false) };
  for (const at of topAt) {
    at.masks.forEach((m, q) => {
      mergeMask(top.masks[q] as Mask, m);
    });
  }
  const adjust =
    options.version === undefined
      ? undefined
      : protectVersion(input, options.version, lowest, specs, top, topAt, by);

  const approved = approvedByQuestion(input, catalog, options.version !== undefined);
  const render = (spec: QuestionSpec, counted: Counted, q: number, inGroup: boolean) => {
    const figures = renderQuestion(
      spec,
      counted.tallies[q] as Tally,
      counted.masks[q] as Mask,
      input.themes,
      inGroup,
    );
    if (!inGroup && !figures.suppressed) {
      attachQuotes(figures, spec, input, quotes);
      const underThemes = (figures.themes ?? []).flatMap((t) => ('quotes' in t ? t.quotes : []));
      const others = otherComments(approved.get(spec.name), underThemes);
      if (others.length > 0) figures.otherComments = others;
    }
    const narrative = draftNarrative(spec, figures, k);
    return { ...figures, narrative } satisfies QuestionFigure;
  };
  const questions = specs.map((spec) => {
    const figure = render(spec, top, spec.index, false);
    return withEdit(figure, options.narratives?.[spec.name], top.tallies[spec.index] as Tally, k);
  });

  const timeline = buildTimeline(days.days, k);
  const report: Report = {
    survey: { slug: input.survey.slug, title: input.survey.title },
    responses: dataset.n,
    k,
    timelineUnit: timeline.unit,
    timeline: timeline.entries,
    questions,
    actions: (input.actions ?? []).map((a) => ({
      ...a,
      themes: [...a.themes],
      questions: [...a.questions],
    })),
  };
  if (by) {
    report.breakdown = buildBreakdown(by, {
      dataset,
      specs,
      themes: input.themes,
      top,
      topAt,
      k,
      render: (spec, counted, q) => render(spec, counted, q, true),
      ...(adjust ? { adjust } : {}),
    });
  }
  if (options.now) report.generatedAt = options.now.toISOString();
  return report;
}
