// The free-text questions of a version: every one is analysed (redacted, checked for safeguarding)
// so officers can read it and approve quotes from it; only the themed ones are tagged with themes.
// "Free text" is what reports count as prose: a comment box or a plain text box, not an email,
// number or date.
import type { CompiledVersion } from './compiled-version.ts';

const cache = new WeakMap<object, readonly string[]>();

export function freeTextQuestions(
  version: Pick<CompiledVersion, 'questionsByKey' | 'settings'>,
): readonly string[] {
  const known = cache.get(version);
  if (known) return known;
  const names = new Set(version.settings.themedQuestions);
  for (const [name, question] of version.questionsByKey) {
    const type = question.getType();
    const inputType = (question as { inputType?: string }).inputType;
    if (type === 'comment' || (type === 'text' && (!inputType || inputType === 'text'))) {
      names.add(name);
    }
  }
  const list = [...names];
  cache.set(version, list);
  return list;
}
