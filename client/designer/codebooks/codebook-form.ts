// A codebook as the editor holds it: keyword lists as one-per-line text, which non-developers can
// edit without brackets or quotes, and back to the document format of analysis/codebook.ts.
import { type Theme, themeSchema } from '../../../analysis/codebook.ts';
import { termProblems } from './term-check.ts';

export interface ThemeForm {
  /** React's key: stable while the id of a new theme is still being typed. */
  key: string;
  id: string;
  isNew: boolean;
  label: string;
  description: string;
  strong: string;
  weak: string;
  exclude: string;
  examples: string;
}

export interface CodebookForm {
  document: Record<string, unknown>;
  themes: ThemeForm[];
}

const toLines = (items: string[]) => items.join('\n');
const fromLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function themeForm(theme: Theme): ThemeForm {
  return {
    key: theme.id,
    id: theme.id,
    isNew: false,
    label: theme.label,
    description: theme.description,
    strong: toLines(theme.strong),
    weak: toLines(theme.weak),
    exclude: toLines(theme.exclude),
    examples: toLines(theme.examples),
  };
}

export function formFromDocument(document: Record<string, unknown>): CodebookForm {
  const themes = Array.isArray(document.themes) ? document.themes : [];
  return {
    document,
    themes: themes.flatMap((t) => {
      const parsed = themeSchema.safeParse(t);
      return parsed.success ? [themeForm(parsed.data)] : [];
    }),
  };
}

/** A theme id from its label: "Short breaks & respite" becomes "short_breaks_respite". */
export function idFromLabel(label: string, taken: Set<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+|_+$/g, '')
      .slice(0, 50) || 'theme';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`;
  return id;
}

let counter = 0;
export function newTheme(): ThemeForm {
  counter += 1;
  return {
    key: `new-${counter}`,
    id: '',
    isNew: true,
    label: '',
    description: '',
    strong: '',
    weak: '',
    exclude: '',
    examples: '',
  };
}

/** A new theme filled in from a group of answers no theme matched, for the designer to check. */
export function withSuggestedTheme(
  form: CodebookForm,
  suggested: { label: string; keywords: string[] },
): CodebookForm {
  const [phrase, ...words] = suggested.keywords;
  const theme = {
    ...newTheme(),
    label: suggested.label,
    strong: phrase ?? '',
    weak: toLines(words),
  };
  return { ...form, themes: [...form.themes, theme] };
}

/** The document to preview or save; new themes get an id made from their label. */
export function documentFromForm(form: CodebookForm): Record<string, unknown> {
  const taken = new Set(form.themes.filter((t) => !t.isNew).map((t) => t.id));
  const themes = form.themes.map((t) => {
    const id = t.isNew ? idFromLabel(t.label, taken) : t.id;
    taken.add(id);
    return {
      id,
      label: t.label.trim(),
      description: t.description.trim(),
      strong: fromLines(t.strong),
      weak: fromLines(t.weak),
      exclude: fromLines(t.exclude),
      examples: fromLines(t.examples),
    };
  });
  return { ...form.document, themes };
}

const FIELD_NAMES: Record<string, string> = {
  id: 'name used in reports',
  label: 'name',
  description: 'description',
  strong: 'strong words',
  weak: 'weak words',
  exclude: 'words that cancel a match',
  examples: 'examples',
};

/** A server problem such as { path: "themes.3.label" } in the words of the form. */
export function describeProblem(form: CodebookForm, detail: unknown): string | undefined {
  if (typeof detail !== 'object' || detail === null) return undefined;
  const { path, message } = detail as { path?: unknown; message?: unknown };
  if (typeof message !== 'string') return undefined;
  const parts = typeof path === 'string' ? path.split('.') : [];
  if (parts[0] !== 'themes' || parts[1] === undefined) return message;
  const theme = form.themes[Number(parts[1])];
  const name = theme?.label.trim() ? `"${theme.label.trim()}"` : `number ${Number(parts[1]) + 1}`;
  const field = parts[2] ? (FIELD_NAMES[parts[2]] ?? parts[2]) : undefined;
  return `Theme ${name}${field ? `, ${field}` : ''}: ${message}`;
}

export const KEYWORD_FIELDS = ['strong', 'weak', 'exclude'] as const;

/** The lines of one keyword list the tagger could not use as meant (see term-check.ts). */
export function keywordProblems(theme: ThemeForm, field: (typeof KEYWORD_FIELDS)[number]) {
  return termProblems(fromLines(theme[field]));
}

/**
 * Problems found before sending, in the words of the form: what the server would refuse, and
 * keyword lines that would match nothing or far too much.
 */
export function formProblems(form: CodebookForm): string[] {
  const problems: string[] = [];
  form.themes.forEach((theme, index) => {
    const label = theme.label.trim();
    const name = label ? `"${label}"` : `number ${index + 1}`;
    if (!label) problems.push(`Theme number ${index + 1} needs a name.`);
    if (label.length > 120)
      problems.push(`The name of theme ${name} is longer than 120 characters.`);
    for (const field of KEYWORD_FIELDS) {
      if (fromLines(theme[field]).some((term) => term.length > 120)) {
        problems.push(`Theme ${name} has a ${FIELD_NAMES[field]} line longer than 120 characters.`);
      }
      for (const { term, problem } of keywordProblems(theme, field))
        problems.push(`Theme ${name}, ${FIELD_NAMES[field]}, line ‘${term}’: ${problem}.`);
    }
  });
  if (form.themes.length === 0) problems.push('A codebook needs at least one theme.');
  return problems;
}
