// The tagger: for one free-text answer, its themes with evidence, sentiment, whether it is a real
// answer, whether it suggests someone is at risk, and the text redacted for quoting.
import type { Codebook } from './codebook.ts';
import { defaultWeakThemeCheck } from './default-check-model.ts';
import { redact as defaultRedact } from './redaction/redact.ts';
import { matchNotRiskTerms, matchRiskTerms } from './safeguarding.ts';
import { type Sentiment, scoreSentiment } from './sentiment.ts';
import { type AnswerForm, answerForm } from './substantive.ts';
import { type CompiledCodebook, compileCodebook } from './tagger/compile-codebook.ts';
import { createTermMatcher, type MatchToken } from './tagger/match-terms.ts';
import { furthestReach, isWithin } from './tagger/span-index.ts';
import { scoreThemes, type ThemeTag } from './tagger/theme-scores.ts';
import { checkWeakThemes, type WeakThemeCheck } from './tagger/weak-theme-check.ts';
import { isEnglish } from './text/english-words.ts';
import { capText, MAX_ANSWER_CHARS, MAX_QUESTION_CHARS } from './text/limits.ts';
import { stem, type Token, tokenize } from './text/tokens.ts';

export type { ThemeTag } from './tagger/theme-scores.ts';

export interface TagInput {
  text: string;
  /** The question's name or wording: "Nothing." means something else for each question. */
  question?: string;
}

export interface TagResult {
  themes: ThemeTag[];
  sentiment: Sentiment;
  substantive: boolean;
  safeguarding: boolean;
  safeguardingEvidence: string[];
  redacted: string;
  /** Themes the trained model gave or withheld against the keyword rules: worth an officer's look. */
  disputed?: string[];
}

/** A trained model (see analysis/classifier): it decides the labels it has learned. */
export interface ThemeModel {
  version: string;
  labels: readonly string[];
  classify(text: string): ThemeTag[];
}

export interface TaggerOptions {
  codebook: Codebook;
  model?: ThemeModel;
  redact?: (text: string) => string;
  /**
   * A second opinion on themes found only through weak terms; by default the shipped one for the
   * default codebook (none for others), `null` for the rules alone.
   */
  weakThemeCheck?: WeakThemeCheck | null;
  /** Characters of an answer read at most (the server's MAX_ANSWER_CHARS); the rest is ignored. */
  maxChars?: number;
}

const NOTHING_WORKING = 'nothing_working';
/** Long rambling answers are tagged on their first part only, to bound the work per answer. */
const MAX_TOKENS = 20_000;

/** Per word, the stem of the codebook word it is a typo of (null: not a typo). */
function createCorrections(compiled: CompiledCodebook) {
  const cache = new Map<string, string | null>();
  return (token: Token): string | null => {
    let fix = cache.get(token.word);
    if (fix !== undefined) return fix;
    fix = null;
    const { word } = token;
    if (word.length >= 6 && !compiled.vocabulary.has(token.stem) && !isEnglish(word)) {
      const corrected = compiled.correct(word) ?? compiled.correct(token.stem);
      if (corrected) fix = stem(corrected);
    }
    if (cache.size > 100_000) cache.clear();
    cache.set(token.word, fix);
    return fix;
  };
}

export function createTagger(options: TaggerOptions) {
  const compiled = compileCodebook(options.codebook);
  const redact = options.redact ?? defaultRedact;
  const model = options.model;
  const modelLabels = new Set(model?.labels ?? []);
  const hasNothingTheme = options.codebook.themes.some((t) => t.id === NOTHING_WORKING);
  const maxChars = options.maxChars ?? MAX_ANSWER_CHARS;
  const weakCheck =
    options.weakThemeCheck === undefined
      ? defaultWeakThemeCheck(options.codebook)
      : (options.weakThemeCheck ?? undefined);

  const correction = createCorrections(compiled);
  const matchThemeTerms = createTermMatcher(compiled.terms);
  const matchExclusions = createTermMatcher(compiled.exclusions);

  function matchTokens(text: string): MatchToken[] {
    const tokens: MatchToken[] = tokenize(text);
    if (tokens.length > MAX_TOKENS) tokens.length = MAX_TOKENS;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as MatchToken;
      const fix = correction(token);
      if (fix) tokens[i] = { ...token, corrected: fix };
    }
    return tokens;
  }

  function themesFor(
    input: TagInput,
    form: AnswerForm,
    tokens: MatchToken[],
    disputed: string[],
  ): ThemeTag[] {
    const matches = matchThemeTerms(tokens);
    const exclusions = matchExclusions(tokens);
    let themes = scoreThemes(tokens, matches, exclusions);
    if (weakCheck) themes = checkWeakThemes(themes, tokens, weakCheck);
    if (hasNothingTheme && !themes.some((t) => t.id === NOTHING_WORKING)) {
      if (form.saysNothingWorks) {
        themes.push({ id: NOTHING_WORKING, score: 0.95, evidence: [input.text.trim()] });
      } else if (form.leadsWithNothing) {
        themes.push({ id: NOTHING_WORKING, score: 0.8, evidence: [tokens[0]?.word ?? 'nothing'] });
      }
    }
    if (model) {
      const byRules = new Set(themes.filter((t) => modelLabels.has(t.id)).map((t) => t.id));
      themes = themes.filter((t) => !modelLabels.has(t.id));
      const byModel = model.classify(input.text);
      themes.push(...byModel);
      const modelIds = new Set(byModel.map((t) => t.id));
      for (const id of [...byRules, ...modelIds]) {
        if (byRules.has(id) !== modelIds.has(id)) disputed.push(id);
      }
      disputed.sort();
    }
    return themes.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }

  function tag(whole: TagInput): TagResult {
    // Capped before any step reads it: a pasted book costs no more than the longest real answer.
    const input: TagInput = {
      text: capText(whole.text, maxChars),
      question:
        whole.question === undefined ? undefined : capText(whole.question, MAX_QUESTION_CHARS),
    };
    const tokens = matchTokens(input.text);
    const form = answerForm(input.text, input.question);
    const { substantive } = form;
    const risk = matchRiskTerms(tokens);
    const safe = matchNotRiskTerms(tokens);
    const safeReach = furthestReach(safe, tokens.length);
    const evidence = risk
      .filter((m) => !isWithin(safeReach, m))
      .map((m) =>
        tokens
          .slice(m.start, m.end)
          .map((t) => t.word)
          .join(' '),
      );
    const disputed: string[] = [];
    return {
      themes: substantive ? themesFor(input, form, tokens, disputed) : [],
      sentiment: scoreSentiment(tokens),
      substantive,
      safeguarding: evidence.length > 0,
      safeguardingEvidence: [...new Set(evidence)],
      redacted: redact(input.text),
      disputed,
    };
  }

  return {
    codebookId: options.codebook.id,
    codebookVersion: options.codebook.version,
    modelVersion: model?.version,
    tag,
  };
}
export type Tagger = ReturnType<typeof createTagger>;
