// Approved quotes that no theme of their question shows: answers to free-text questions that are
// not themed, themed answers no theme matched, and any that a theme's list had no room for. An
// officer's approval always reaches the report, under its question's "other comments" at least.
import type { Catalog } from './catalog.ts';
import type { ReportInput } from './input-types.ts';
import { approvedWords } from './quote-excerpt.ts';
import { consentCheck } from './quote-offers.ts';
import { stableHash } from './quote-pool.ts';

/**
 * Approved quotes by question name, in a stable order, for the responses this report counts
 * (its version, consent given). `approvedTexts` holds the redacted answers by key.
 */
export function approvedByQuestion(
  input: ReportInput,
  catalog: Catalog,
  versionOnly: boolean,
): Map<string, { key: string; text: string }[]> {
  const byQuestion = new Map<string, { key: string; text: string }[]>();
  const texts = input.approvedTexts;
  const approved = input.approvedQuotes;
  if (!texts || texts.size === 0 || !approved || approved.size === 0) return byQuestion;
  const responses = new Set<string>();
  const quotable = consentCheck(catalog);
  for (const r of input.responses) {
    if (versionOnly && !catalog.versionIds.has(r.versionId)) continue;
    if (quotable(r)) responses.add(r.id);
  }
  const excerpts = input.quoteExcerpts;
  for (const [key, redacted] of texts) {
    const at = key.indexOf(':');
    const question = key.slice(at + 1);
    if (!approved.has(key) || !responses.has(key.slice(0, at))) continue;
    if (!catalog.byName.has(question)) continue;
    const text = approvedWords(redacted, excerpts?.get(key));
    if (text === null || text.trim() === '') continue;
    const list = byQuestion.get(question) ?? [];
    list.push({ key, text });
    byQuestion.set(question, list);
  }
  for (const list of byQuestion.values()) {
    list.sort((a, b) => stableHash(a.key) - stableHash(b.key) || (a.key < b.key ? -1 : 1));
  }
  return byQuestion;
}

/** The approved quotes of one question not already shown under one of its themes. */
export function otherComments(
  approved: readonly { key: string; text: string }[] | undefined,
  shownUnderThemes: readonly string[],
): string[] {
  const shown = new Set(shownUnderThemes);
  const out: string[] = [];
  for (const { text } of approved ?? []) {
    if (shown.has(text)) continue;
    shown.add(text);
    out.push(text);
  }
  return out;
}
