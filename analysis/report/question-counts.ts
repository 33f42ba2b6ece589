// Raw numbers officers' narratives are checked against: how many answered each question of the
// whole survey. Never published: a report shows these only through suppression.
import { buildCatalog } from './catalog.ts';
import { encodeResponses } from './encode.ts';
import type { ReportInput, ReportVersion } from './input-types.ts';
import { tallyAll } from './tally.ts';

/** Whether any version has this question among those a report shows. */
export const isReportQuestion = (versions: readonly ReportVersion[], name: string) =>
  versions.length > 0 && buildCatalog(versions).byName.has(name);

/** Question name → how many answered it, over every version (the pass already made is reused). */
export function answeredCounts(input: ReportInput): Map<string, number> {
  const prepared = input.prepared?.version === undefined ? input.prepared : undefined;
  const catalog = prepared?.catalog ?? buildCatalog(input.versions);
  const { dataset } = prepared?.encoded ?? encodeResponses(input, catalog, false);
  const tallies = tallyAll(dataset, catalog.questions, input.themes.length, undefined);
  return new Map(catalog.questions.map((q, i) => [q.name, tallies[i]?.answered ?? 0]));
}
