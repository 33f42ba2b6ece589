// The hand-over from the officers' "Themes nobody listed" page to the designer's codebook page:
// a link that opens the codebook with a new theme filled in, to check, preview and save. Only the
// suggested name and keywords travel in it, never an answer.

export interface SuggestedTheme {
  label: string;
  keywords: string[];
}

const MAX_KEYWORDS = 10;
const MAX_LENGTH = 120;

export function suggestedThemePath(codebookKey: string, theme: SuggestedTheme): string {
  const query = new URLSearchParams({ theme: theme.label });
  for (const keyword of theme.keywords) query.append('keyword', keyword);
  return `/designer/codebooks/${encodeURIComponent(codebookKey)}?${query}`;
}

/** The theme a link suggests, cut to what a theme may hold, or undefined when there is none. */
export function suggestedThemeFrom(search: string): SuggestedTheme | undefined {
  const params = new URLSearchParams(search);
  const label = params.get('theme')?.trim().slice(0, MAX_LENGTH);
  if (!label) return undefined;
  const keywords = params
    .getAll('keyword')
    .map((k) => k.trim().slice(0, MAX_LENGTH))
    .filter(Boolean)
    .slice(0, MAX_KEYWORDS);
  return { label, keywords };
}
