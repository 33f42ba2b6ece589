// A two-page questionnaire with an Arabic translation, for the right-to-left tests.
/** survey-core's own "Response required.", reworded in Arabic through the app's messages. */
export const ARABIC_REQUIRED = 'يرجى الإجابة على هذا السؤال.';

export const ARABIC_SLUG = 'breaks-arabic';

const ar = (english: string, arabic: string) => ({ default: english, ar: arabic });

export const arabicSurveyFile = {
  slug: ARABIC_SLUG,
  title: 'Short breaks',
  status: 'open',
  privacyNotice: 'We do not ask your name.',
  localeTexts: {
    ar: {
      privacyNotice: 'لا نطلب اسمك.',
      ui: {
        start: 'ابدأ',
        'notice.heading': 'قبل أن تبدأ',
        'language.label': 'اللغة',
        'language.change': 'تغيير اللغة',
        'questions.required': ARABIC_REQUIRED,
      },
    },
  },
  json: {
    title: ar('Short breaks', 'فترات الراحة القصيرة'),
    showProgressBar: true,
    progressBarLocation: 'top',
    progressBarType: 'pages',
    pageNextText: ar('Next', 'التالي'),
    pagePrevText: ar('Previous', 'السابق'),
    completeText: ar('Send', 'إرسال'),
    pages: [
      {
        name: 'one',
        title: ar('Using short breaks', 'استخدام فترات الراحة'),
        elements: [
          {
            type: 'radiogroup',
            name: 'used',
            isRequired: true,
            title: ar(
              'Has your child used a short break this year?',
              'هل استخدم طفلك استراحة قصيرة هذا العام؟',
            ),
            choices: [
              { value: 'yes', text: ar('Yes', 'نعم') },
              { value: 'no', text: ar('No', 'لا') },
            ],
          },
        ],
      },
      {
        name: 'two',
        title: ar('What would help', 'ما الذي سيساعد'),
        elements: [
          {
            type: 'comment',
            name: 'what_helps',
            title: ar('What would make short breaks better?', 'ما الذي يجعل فترات الراحة أفضل؟'),
          },
        ],
      },
    ],
  },
};
