// Small questionnaires that exercise each rule, written in the format of surveys/*.json.
export const tinySurveyJson = {
  pages: [
    {
      name: 'about',
      elements: [
        {
          type: 'radiogroup',
          name: 'who',
          title: 'Who is answering?',
          isRequired: true,
          choices: [
            { value: 'parent', text: 'Parent' },
            { value: 'carer', text: 'Carer' },
          ],
          showOtherItem: true,
        },
        {
          type: 'checkbox',
          name: 'services',
          title: 'Which services do you use?',
          choices: ['camhs', 'salt', 'short_breaks'],
          showNoneItem: true,
        },
        {
          type: 'rating',
          name: 'rating',
          title: 'How would you rate support?',
          rateMin: 1,
          rateMax: 5,
        },
        {
          type: 'text',
          name: 'age',
          title: 'How old is your child?',
          inputType: 'number',
          min: 0,
          max: 25,
        },
        { type: 'boolean', name: 'has_plan', title: 'Does your child have an EHC plan?' },
      ],
    },
    {
      name: 'experience',
      elements: [
        {
          type: 'matrix',
          name: 'statements',
          title: 'How far do you agree?',
          columns: [
            { value: 'agree', text: 'Agree' },
            { value: 'disagree', text: 'Disagree' },
          ],
          rows: [
            { value: 'listened', text: 'I feel listened to' },
            { value: 'informed', text: 'I am kept informed' },
          ],
        },
        { type: 'comment', name: 'working_well', title: 'What is working well?' },
        {
          type: 'comment',
          name: 'carer_note',
          title: 'Tell us about caring',
          visibleIf: "{who} = 'carer'",
        },
      ],
    },
  ],
};

export function surveyFile(overrides: Record<string, unknown> = {}) {
  return {
    slug: 'tiny',
    title: 'Tiny survey',
    status: 'open',
    themedQuestions: ['working_well'],
    json: tinySurveyJson,
    ...overrides,
  };
}

export const validTinyAnswers = {
  who: 'parent',
  services: ['camhs'],
  rating: 4,
  age: 9,
  has_plan: true,
  statements: { listened: 'agree', informed: 'disagree' },
  working_well: 'The new SENCO listens.',
};
