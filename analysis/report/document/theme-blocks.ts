// Themes of a free-text question: the top ones in words, a table of every shown theme, then the
// approved quotes under the theme they were picked for, each quote once.
import type { ShownQuestion, ThemeFigure } from '../report-types.ts';
import type { Block } from './document-types.ts';
import { list, midSentence, thousands, whole, withBand } from './plain-words.ts';
import { isShown } from './scale-words.ts';

const TABLE_THEMES = 6;

type ShownTheme = Extract<ThemeFigure, { count: number }>;

function themeWords(q: ShownQuestion, shown: ShownTheme[]): string {
  const base = `Of the ${thousands(q.answered)} who answered`;
  if (shown.length === 0) return `${base}, no answer matched a theme.`;
  const parts = shown.slice(0, 3).map((t, i) => {
    const percent = i === 0 ? withBand(t.percent) : whole(t.percent);
    return t.id === 'nothing_working'
      ? `${percent} said nothing is working`
      : `${percent} mentioned ${midSentence(t.label)}`;
  });
  return `${base}, ${list(parts)}.`;
}

export function themeBlocks(q: ShownQuestion, themes: ThemeFigure[]): Block[] {
  const shown = themes.filter(isShown).filter((t) => t.count > 0);
  const blocks: Block[] = [{ type: 'paragraph', text: themeWords(q, shown) }];
  if (shown.length > 0) {
    blocks.push({
      type: 'table',
      caption: `${q.title}: themes, out of the ${thousands(q.answered)} who answered`,
      headers: ['Theme', 'Number', 'Per cent'],
      rows: shown
        .slice(0, TABLE_THEMES)
        .map((t) => [t.label, thousands(t.count), whole(t.percent)]),
    });
  }
  // The long tail in one line, with its figures, so eight written questions do not fill pages
  // with small rows.
  const tail = shown.slice(TABLE_THEMES);
  if (tail.length > 0) {
    const items = tail.map(
      (t) => `${midSentence(t.label)} (${thousands(t.count)}, ${whole(t.percent)})`,
    );
    blocks.push({ type: 'paragraph', text: `Also mentioned: ${list(items)}.` });
  }
  const seen = new Set<string>();
  for (const theme of shown) {
    const quotes = theme.quotes.filter((text) => !seen.has(text));
    if (quotes.length === 0) continue;
    for (const text of quotes) seen.add(text);
    blocks.push({ type: 'heading', level: 4, text: `What people said: ${theme.label}` });
    blocks.push(...quotes.map((text): Block => ({ type: 'quote', text })));
  }
  return blocks;
}

/**
 * Approved quotes no shown theme carries (an unthemed question, or no theme matched): under the
 * question's "Other comments", so every approved quote reaches the document, and only once.
 */
export function otherCommentBlocks(q: ShownQuestion): Block[] {
  const underThemes = new Set((q.themes ?? []).filter(isShown).flatMap((t) => t.quotes));
  const quotes = [...new Set(q.otherComments ?? [])].filter((text) => !underThemes.has(text));
  if (quotes.length === 0) return [];
  return [
    { type: 'heading', level: 4, text: 'Other comments' },
    ...quotes.map((text): Block => ({ type: 'quote', text })),
  ];
}
