// The attack in one call: build the reports an officer could download for a survey (each k, with
// and without the breakdown), read them side by side, and list every hidden count they give away.
import { buildCatalog } from '../../analysis/report/catalog.ts';
import { buildReport } from '../../analysis/report/index.ts';
import type { ReportInput, ReportOptions } from '../../analysis/report/input-types.ts';
import { disclosureModel, type Published } from './disclosure-model.ts';
import { type Exposure, exposedCells } from './disclosure-solver.ts';

/** Hidden cells that the reports, read together, give away. */
export function attackReports(
  input: ReportInput,
  published: readonly Published[],
): Promise<Exposure[]> {
  const catalog = buildCatalog(input.versions);
  const versions = input.versions.map((v) => v.version);
  return exposedCells(disclosureModel(catalog, input.themes, published, versions));
}

export function attack(input: ReportInput, options: readonly ReportOptions[]): Promise<Exposure[]> {
  return attackReports(
    input,
    options.map((o) => ({ report: buildReport(input, o), version: o.version })),
  );
}

export const describeExposure = (e: Exposure) =>
  `${e.key} (k ${e.k}): ${e.reason}, ${e.range.join(' to ')}`;
