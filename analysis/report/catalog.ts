// The questions of a report, merged across the versions its responses answered. Names are stable
// across versions, so a question is one question whichever version asked it: the newest version
// gives the wording and order, older versions add any question or option it no longer has.
import { SurveyModel } from 'survey-core';
import { type AgreementColumns, agreementColumns } from './agreement-columns.ts';
import { InvalidParameterError } from './errors.ts';
import type { ReportVersion } from './input-types.ts';
import { type OptionSpec, type ReadQuestion, readQuestion } from './question-reading.ts';

export interface QuestionSpec extends ReadQuestion {
  index: number;
  optionIndex: Map<string, number>;
  rowIndex: Map<string, number>;
  /** Where answers outside the known options are counted; -1 until one is needed. */
  otherIndex: number;
  agreement?: AgreementColumns;
  themed: boolean;
}

export interface Catalog {
  questions: QuestionSpec[];
  byName: Map<string, QuestionSpec>;
  /** Version id → its quote-consent question. */
  consentQuestion: Map<string, string | undefined>;
  /** The versions whose responses count. */
  versionIds: Set<string>;
}

/** Building a survey-core model costs milliseconds; a definition object is read once. */
const readCache = new WeakMap<object, readonly ReadQuestion[]>();

export function readVersion(version: ReportVersion): readonly ReadQuestion[] {
  const key = typeof version.json === 'object' && version.json !== null ? version.json : undefined;
  const cached = key && readCache.get(key);
  if (cached) return cached;
  const model = new SurveyModel(version.json);
  model.locale = ''; // titles and labels in the definition's default language
  const read: ReadQuestion[] = [];
  const seen = new Set<string>();
  for (const q of model.getAllQuestions(false, false, false)) {
    const question = readQuestion(q);
    // Two questions sharing a valueName store one answer: the first describes it.
    if (!question || seen.has(question.name)) continue;
    seen.add(question.name);
    read.push(question);
  }
  if (key) readCache.set(key, read);
  return read;
}

function union(into: OptionSpec[], extra: readonly OptionSpec[]) {
  const keys = new Set(into.map((o) => String(o.value)));
  for (const option of extra) if (!keys.has(String(option.value))) into.push(option);
}

const indexOf = (options: readonly OptionSpec[]) =>
  new Map(options.map((o, i) => [String(o.value), i] as const));

export function buildCatalog(versions: readonly ReportVersion[], only?: number): Catalog {
  const chosen = only === undefined ? [...versions] : versions.filter((v) => v.version === only);
  if (only !== undefined && chosen.length === 0) {
    throw new InvalidParameterError('version', `This survey has no version ${only}.`);
  }
  chosen.sort((a, b) => b.version - a.version);
  const merged = new Map<string, ReadQuestion>();
  const positive = new Map<string, readonly (string | number)[]>();
  const themed = new Set<string>();
  for (const version of chosen) {
    for (const q of readVersion(version)) {
      const known = merged.get(q.name);
      if (!known) merged.set(q.name, { ...q, options: [...q.options], rows: [...q.rows] });
      else {
        union(known.options, q.options);
        union(known.rows, q.rows);
      }
    }
    for (const [name, values] of Object.entries(version.settings.positiveOptions)) {
      if (!positive.has(name)) positive.set(name, values);
    }
    for (const name of version.settings.themedQuestions) themed.add(name);
  }
  const questions = [...merged.values()].map((q, index): QuestionSpec => {
    const optionIndex = indexOf(q.options);
    const agreement =
      q.kind === 'single' || q.kind === 'matrix'
        ? agreementColumns(q.options, positive.get(q.name), q.kind === 'matrix')
        : undefined;
    return {
      ...q,
      index,
      optionIndex,
      rowIndex: indexOf(q.rows),
      otherIndex: optionIndex.get('other') ?? -1,
      agreement,
      themed: themed.has(q.name) && q.kind === 'text',
    };
  });
  return {
    questions,
    byName: new Map(questions.map((q) => [q.name, q])),
    consentQuestion: new Map(chosen.map((v) => [v.id, v.settings.quoteConsentQuestion])),
    versionIds: new Set(chosen.map((v) => v.id)),
  };
}
