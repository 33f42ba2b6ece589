// Raw numbers officers' narratives are checked against: how many answered each question of the
// whole survey, and a digest of all its counts. Never published: a report shows these only through
// suppression.
import { createHash } from 'node:crypto';
import { buildCatalog } from './catalog.ts';
import { encodeResponses } from './encode.ts';
import type { ReportInput, ReportVersion } from './input-types.ts';
import { type Tally, tallyAll } from './tally.ts';

/** Whether any version has this question among those a report shows. */
export const isReportQuestion = (versions: readonly ReportVersion[], name: string) =>
  versions.length > 0 && buildCatalog(versions).byName.has(name);

/** Every question a report of these versions shows, in report order. */
export const reportQuestions = (versions: readonly ReportVersion[]) =>
  versions.length === 0
    ? []
    : buildCatalog(versions).questions.map((q) => ({ name: q.name, title: q.title }));

/**
 * A digest of every raw count of a question (who answered, each option, each row, each theme): any
 * re-coding, new answer or set-aside that moves a figure changes it. Raw counts, not what a report
 * shows, so the digest is the same at every k; it is stored, never shown.
 */
export function tallyFingerprint(tally: Tally): string {
  const canonical = JSON.stringify([
    tally.answered,
    [...tally.options],
    tally.rows.map((r) => [...r]),
    [...tally.rowAnswered],
    [...tally.themes],
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Question name → tallyFingerprint over every version (the pass already made is reused). */
export function figureFingerprints(input: ReportInput): Map<string, string> {
  const prepared = input.prepared?.version === undefined ? input.prepared : undefined;
  const catalog = prepared?.catalog ?? buildCatalog(input.versions);
  const { dataset } = prepared?.encoded ?? encodeResponses(input, catalog, false);
  const tallies = tallyAll(dataset, catalog.questions, input.themes.length, undefined);
  return new Map(catalog.questions.map((q, i) => [q.name, tallyFingerprint(tallies[i] as Tally)]));
}

/** Question name → how many answered it, over every version (the pass already made is reused). */
export function answeredCounts(input: ReportInput): Map<string, number> {
  const prepared = input.prepared?.version === undefined ? input.prepared : undefined;
  const catalog = prepared?.catalog ?? buildCatalog(input.versions);
  const { dataset } = prepared?.encoded ?? encodeResponses(input, catalog, false);
  const tallies = tallyAll(dataset, catalog.questions, input.themes.length, undefined);
  return new Map(catalog.questions.map((q, i) => [q.name, tallies[i]?.answered ?? 0]));
}

/** One digest of every question's figures: changes whenever any figure of the survey does. */
export function surveyFingerprint(fingerprints: ReadonlyMap<string, string>): string {
  const entries = [...fingerprints].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}
