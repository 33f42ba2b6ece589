// Checks each keyword line the way the tagger will read it (analysis/tagger/term-patterns.ts), so
// a line that would match nothing, or far too much, is explained before it is saved. The tagger
// splits a line at spaces, hyphens and slashes, keeping "quoted words" whole.

const PARTS = /"[^"]+"|[^\s\-/]+/g;
const WORD = /[\p{L}\p{N}]/u;
const MIN_PREFIX = 3;

function partProblem(part: string): string | undefined {
  if (part === '*' || part === '#') return undefined;
  const quoted = /^"(.+)"$/.exec(part);
  if (quoted?.[1]) {
    if (/\s/.test(quoted[1])) return 'put double quotes round one word at a time';
    if (/[*#]/.test(quoted[1]))
      return 'a word in double quotes is matched exactly, so * or # cannot go in it';
    return undefined;
  }
  if (part.includes('"')) return 'a double quote mark is not closed';
  if (part.includes('#')) return '# stands on its own for a number, as in "took # months"';
  const star = part.indexOf('*');
  if (star >= 0 && star < part.length - 1)
    return '* goes at the end of a word (therap*), or on its own for any one word (call * back)';
  if (star > 0 && [...part.slice(0, -1)].filter((c) => WORD.test(c)).length < MIN_PREFIX)
    return `put at least ${MIN_PREFIX} letters before *, or it matches too many words`;
  return undefined;
}

/** What is wrong with one keyword line, in plain words, or undefined if the tagger can use it. */
export function termProblem(term: string): string | undefined {
  const parts = term.match(PARTS) ?? [];
  for (const part of parts) {
    const problem = partProblem(part);
    if (problem) return problem;
  }
  // An odd quote mark left over, e.g. at the start of a line the pattern split elsewhere.
  if ((term.match(/"/g) ?? []).length % 2 === 1) return 'a double quote mark is not closed';
  if (!parts.some((part) => part !== '*' && part !== '#' && WORD.test(part)))
    return 'it needs at least one word to look for, besides * and #';
  return undefined;
}

/** Each bad line of a keyword list, with what is wrong with it. */
export function termProblems(lines: string[]): { term: string; problem: string }[] {
  return lines.flatMap((term) => {
    const problem = termProblem(term);
    return problem ? [{ term, problem }] : [];
  });
}
