// Answer codes (analysis/report/stored-codes.ts) for a response, from the version it answered:
// computed when a response is stored, and by the tag worker for responses stored before that.
import type { ReportVersion } from '../../analysis/report/input-types.ts';
import { answerCodes } from '../../analysis/report/stored-codes.ts';
import type { CompiledVersion } from '../survey-model/compiled-version.ts';

/** One object per compiled version, so the version's questions are read once (see readVersion). */
const asReportVersion = new WeakMap<CompiledVersion, ReportVersion>();

export function storedAnswerCodes(
  version: CompiledVersion,
  answers: Readonly<Record<string, unknown>>,
): string {
  let report = asReportVersion.get(version);
  if (!report) {
    report = {
      id: version.versionId,
      version: version.version,
      json: version.json,
      settings: version.settings,
    };
    asReportVersion.set(version, report);
  }
  return answerCodes(report, answers);
}
