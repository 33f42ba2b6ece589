// Question titles by name ("" for a question without one), read from the draft's SurveyJS JSON,
// so a check about "q3" can say which question that is in the words the team wrote.
import { childrenOf } from '../editor/survey-json.ts';

function titleText(title: unknown): string | undefined {
  if (typeof title === 'string') return title;
  if (typeof title === 'object' && title !== null) {
    const localized = title as Record<string, unknown>;
    const text = localized.default ?? localized.en ?? Object.values(localized)[0];
    return typeof text === 'string' ? text : undefined;
  }
  return undefined;
}

function collect(elements: unknown, into: Map<string, string>) {
  if (!Array.isArray(elements)) return;
  for (const element of elements) {
    if (typeof element !== 'object' || element === null) continue;
    const e = element as Record<string, unknown>;
    const title = titleText(e.title);
    if (typeof e.name === 'string' && e.name) into.set(e.name, title ?? '');
    collect(childrenOf(e), into);
    collect(e.templateElements, into);
  }
}

export function questionTitles(json: Record<string, unknown> | undefined): Map<string, string> {
  const titles = new Map<string, string>();
  if (!json) return titles;
  collect(childrenOf(json), titles);
  if (Array.isArray(json.pages)) for (const page of json.pages) collect([page], titles);
  return titles;
}
