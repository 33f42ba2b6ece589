// What a changed codebook would tag differently: both codebooks tag the same answers and each
// theme's gains and losses are counted, with a few redacted examples. Runs in the tagging thread
// (5,000 answers take seconds of CPU), so it takes and returns plain data.
import type { Codebook } from '../../analysis/codebook.ts';
import { redact } from '../../analysis/redaction/redact.ts';
import { createTagger, type Tagger, type ThemeModel } from '../../analysis/tag-answer.ts';

export interface CompareInput {
  /** Both checked already (parseCodebook): the thread does not load zod, to start quicker. */
  current: Codebook;
  proposed: Codebook;
  /** The active model's document, or null. */
  model: unknown;
  maxChars: number;
  /** Each answer with its question's name and wording (which tells "Nothing." apart). */
  answers: { text: string; question: string }[];
}

export interface ThemeChange {
  id: string;
  label: string;
  added: number;
  removed: number;
  examples: { text: string; change: 'added' | 'removed' }[];
}

const EXAMPLES_PER_THEME = 3;
const EXAMPLE_LENGTH = 300;

function shorten(text: string): string {
  return text.length <= EXAMPLE_LENGTH ? text : `${text.slice(0, EXAMPLE_LENGTH - 1).trimEnd()}…`;
}

const themeIds = (tagger: Tagger, text: string, question: string) =>
  new Set(tagger.tag({ text, question }).themes.map((t) => t.id));

/** The model is built from input.model by the caller. */
export function compareCodebooks(input: CompareInput, model?: ThemeModel): ThemeChange[] {
  const { current, proposed } = input;
  const before = createTagger({ codebook: current, model, maxChars: input.maxChars });
  const after = createTagger({ codebook: proposed, model, maxChars: input.maxChars });

  const rows = new Map<string, ThemeChange>();
  for (const { id, label } of [...current.themes, ...proposed.themes]) {
    rows.set(id, { id, label, added: 0, removed: 0, examples: [] });
  }
  const note = (id: string, change: 'added' | 'removed', example: () => string) => {
    const row = rows.get(id);
    if (!row) return;
    row[change] += 1;
    if (row.examples.length < EXAMPLES_PER_THEME) row.examples.push({ text: example(), change });
  };
  for (const { text, question } of input.answers) {
    const was = themeIds(before, text, question);
    const now = themeIds(after, text, question);
    const example = () => shorten(redact(text.slice(0, input.maxChars)));
    for (const id of now) if (!was.has(id)) note(id, 'added', example);
    for (const id of was) if (!now.has(id)) note(id, 'removed', example);
  }
  return [...rows.values()];
}
