// A designer's regular expression runs on every answer to its question, so one that can backtrack
// super-linearly would let a single long answer hold the server. redos-detector proves a pattern
// safe or we refuse it; its own step and time limits bound what the proof costs.
import { isSafePattern } from 'redos-detector';

/** Longer than any pattern a questionnaire needs (a postcode or phone rule is under 100). */
const MAX_PATTERN_LENGTH = 500;
const DETECTOR_LIMITS = { maxSteps: 20_000, timeout: 300 };
/** All patterns of one definition together: past this, the rest are refused unchecked. */
const DEFINITION_BUDGET_MS = 2_000;
/** Verdicts on patterns already checked (versions are compiled again after every restart). */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 1_000;

export interface PatternUse {
  /** The question (or matrix column, or box) whose validator holds the pattern. */
  question: string;
  pattern: string;
  caseInsensitive: boolean;
  /** Inside more levels than are checked: refused, since it could not be looked at. */
  tooDeep?: true;
}

/** Levels of JSON nesting checked in a definition; anything deeper is refused. */
export const MAX_DEFINITION_DEPTH = 64;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every regex validator in a definition as written, with the nearest named element. */
export function findPatterns(definition: unknown): PatternUse[] {
  const found: PatternUse[] = [];
  const visit = (node: unknown, owner: string, depth: number): void => {
    // Deeper than any real definition: unchecked could mean an unsafe pattern runs, so it counts
    // as one that cannot be used.
    if (depth > MAX_DEFINITION_DEPTH) {
      found.push({ question: owner, pattern: '', caseInsensitive: false, tooDeep: true });
      return;
    }
    if (Array.isArray(node)) {
      for (const item of node) visit(item, owner, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    const name = typeof node.name === 'string' ? node.name : owner;
    const type = typeof node.type === 'string' ? node.type.toLowerCase() : '';
    if ((type === 'regex' || type === 'regexvalidator') && node.regex !== undefined) {
      found.push({
        question: owner,
        pattern: String(node.regex),
        caseInsensitive: node.caseInsensitive === true || node.insensitive === true,
      });
    }
    for (const value of Object.values(node)) {
      visit(value, name, depth + 1);
    }
  };
  visit(definition, '(survey)', 0);
  return found;
}

function provedSafe(use: PatternUse): boolean {
  const key = `${use.caseInsensitive ? 'i' : '-'}${use.pattern}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  let safe = false;
  let timedOut = false;
  try {
    const result = isSafePattern(use.pattern, {
      ...DETECTOR_LIMITS,
      caseInsensitive: use.caseInsensitive,
    });
    safe = result.safe;
    timedOut = result.error === 'timedOut';
  } catch {
    safe = false;
  }
  // A time-out depends on how busy the machine was, so only a step-bounded verdict is kept.
  if (!timedOut) {
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, safe);
  }
  return safe;
}

/** Why a pattern cannot be used, in plain English, or undefined when it is safe. */
export function patternProblem(use: PatternUse): string | undefined {
  if (use.tooDeep) {
    return `"${use.question}" is nested too deeply to be checked: use fewer panels inside panels.`;
  }
  if (use.pattern.length > MAX_PATTERN_LENGTH) {
    return `The pattern of "${use.question}" is longer than ${MAX_PATTERN_LENGTH} characters.`;
  }
  try {
    new RegExp(use.pattern, use.caseInsensitive ? 'i' : '');
  } catch {
    return `The pattern of "${use.question}" is not a valid regular expression.`;
  }
  return provedSafe(use)
    ? undefined
    : `The pattern of "${use.question}" could take very long to check on some answers ` +
        `(it can backtrack); write it so that each character can match only one way.`;
}

export function unsafePatterns(definition: unknown): { question: string; problem: string }[] {
  const problems: { question: string; problem: string }[] = [];
  const deadline = performance.now() + DEFINITION_BUDGET_MS;
  for (const use of findPatterns(definition)) {
    const problem =
      performance.now() > deadline
        ? `The pattern of "${use.question}" was not checked: this survey has too many patterns.`
        : patternProblem(use);
    if (problem) problems.push({ question: use.question, problem });
  }
  return problems;
}

/**
 * A stored version with an unsafe pattern (saved before this check existed) is not opened to
 * parents: skipping the validator would accept answers its designer meant to refuse, and
 * running it could stall the server.
 */
export function unsafePatternReason(definition: unknown): string | undefined {
  const problems = unsafePatterns(definition);
  if (problems.length === 0) return undefined;
  return (
    'This questionnaire cannot take answers at the moment because a check on ' +
    `${problems.map((p) => `"${p.question}"`).join(', ')} needs fixing. ` +
    'Please contact the team who sent it.'
  );
}
