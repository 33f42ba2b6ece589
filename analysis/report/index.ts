// The report module's public surface: pure functions from plain data to the report's JSON.
export { buildReport } from './build-report.ts';
export { InvalidParameterError } from './errors.ts';
export type {
  ChoiceValue,
  FreeTextAnalysis,
  FreeTextIndex,
  OfficerNarrative,
  QuoteMode,
  ReportAction,
  ReportInput,
  ReportOptions,
  ReportResponse,
  ReportTheme,
  ReportVersion,
  VersionReportSettings,
} from './input-types.ts';
export {
  answeredCounts,
  figureFingerprints,
  isReportQuestion,
  reportQuestions,
  surveyFingerprint,
} from './question-counts.ts';
export { quoteCandidateKeys } from './quote-candidates.ts';
export { reportOptionsSchema } from './report-options.ts';
export type * from './report-types.ts';
export { responsesTable, type TableCell } from './responses-table.ts';
export { type SafeguardingItem, safeguardingItems } from './safeguarding-items.ts';
export { erf, erfc, normalCdf, twoProportionZTest, wilson } from './statistics.ts';
export { compareWithEarlier } from './trend.ts';
