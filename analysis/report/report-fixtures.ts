// Small questionnaires and response builders for the report tests: every question type the report
// counts, and helpers that make "n people answered X" one line.
import type {
  FreeTextAnalysis,
  ReportInput,
  ReportResponse,
  ReportVersion,
} from './input-types.ts';

const likert = [
  { value: 'strongly_agree', text: 'Strongly agree' },
  { value: 'agree', text: 'Agree' },
  { value: 'neither', text: 'Neither agree nor disagree' },
  { value: 'disagree', text: 'Disagree' },
  { value: 'strongly_disagree', text: 'Strongly disagree' },
  { value: 'does_not_apply', text: 'Does not apply to us' },
];

export const testSurveyJson = {
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'radiogroup',
          name: 'setting',
          title: 'Where does your child go?',
          choices: [
            { value: 'primary', text: 'Primary school' },
            { value: 'secondary', text: 'Secondary school' },
            { value: 'special', text: 'Special school' },
          ],
          showOtherItem: true,
          otherText: 'Somewhere else',
        },
        {
          type: 'checkbox',
          name: 'services',
          title: 'Which services do you use?',
          choices: [
            { value: 'salt', text: 'Speech and language therapy' },
            { value: 'camhs', text: 'CAMHS' },
          ],
          showNoneItem: true,
        },
        {
          type: 'matrix',
          name: 'experiences',
          title: 'How much do you agree?',
          columns: likert,
          rows: [
            { value: 'local_offer', text: 'The Local Offer is helpful' },
            { value: 'listened', text: 'I feel listened to' },
          ],
        },
        {
          type: 'radiogroup',
          name: 'confidence',
          title: 'I am confident my child’s needs will be met',
          choices: [
            { value: 'strongly_agree', text: 'Strongly agree' },
            { value: 'agree', text: 'Agree' },
            { value: 'disagree', text: 'Disagree' },
            { value: 'dont_know', text: 'Don’t know' },
          ],
        },
        { type: 'rating', name: 'rating', title: 'Rate support', rateMin: 1, rateMax: 3 },
        { type: 'boolean', name: 'has_plan', title: 'Does your child have an EHC plan?' },
        { type: 'ranking', name: 'priorities', title: 'Rank', choices: ['speed', 'quality'] },
        { type: 'comment', name: 'working_well', title: 'What is working well?' },
        { type: 'comment', name: 'anything_else', title: 'Anything else?' },
        { type: 'html', name: 'note', html: '<p>Thanks</p>' },
        {
          type: 'radiogroup',
          name: 'quote_consent',
          title: 'May we quote you?',
          choices: ['yes', 'no'],
        },
      ],
    },
  ],
};

export const testVersion: ReportVersion = {
  id: 'v1',
  version: 1,
  json: testSurveyJson,
  settings: {
    themedQuestions: ['working_well'],
    positiveOptions: { confidence: ['strongly_agree', 'agree'] },
    quoteConsentQuestion: 'quote_consent',
  },
};

export const testThemes = [
  { id: 'communication', label: 'Communication' },
  { id: 'delays', label: 'Delays and waiting' },
  { id: 'staff', label: 'Staff skills and capacity' },
  { id: 'nothing_working', label: 'Nothing is working' },
];

/** `count` responses with the same answers, ids `${prefix}-0`, `${prefix}-1`, ... */
export function many(
  count: number,
  answers: Record<string, unknown>,
  prefix: string,
  submittedAt = '2026-01-05T10:00:00.000Z',
): ReportResponse[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    versionId: 'v1',
    answers,
    submittedAt,
  }));
}

export const analysis = (
  themes: string[],
  redacted: string,
  more: Partial<FreeTextAnalysis> = {},
): FreeTextAnalysis => ({ substantive: true, themes, redacted, safeguarding: false, ...more });

export function testInput(
  responses: ReportResponse[],
  more: Partial<ReportInput> = {},
): ReportInput {
  return {
    survey: { slug: 'test-survey', title: 'Test survey' },
    versions: [testVersion],
    responses,
    freeText: new Map(),
    themes: testThemes,
    ...more,
  };
}
