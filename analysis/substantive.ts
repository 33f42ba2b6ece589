// Non-answers ("n/a", "-", "no comment", "don't know") are not counted as answers in reports.
// "Nothing" is an answer: to "what is working well?" it says nothing is working.

const NON_ANSWERS = new Set([
  'na',
  'n a',
  'n/a',
  'not applicable',
  'no comment',
  'no comments',
  'none to add',
  'nothing to add',
  'nothing to say',
  'nothing further',
  'no further comments',
  'dont know',
  "don't know",
  'do not know',
  'dunno',
  'idk',
  'not sure',
  'unsure',
  'no idea',
  'pass',
  'skip',
  'x',
  'xx',
  'xxx',
  'see above',
  'as above',
  'same as above',
  'see previous answer',
  'nil comment',
  'prefer not to say',
  'no answer',
  'test',
  'ok',
  'okay',
  'yes',
  'no',
  'nope',
  'no comment at this time',
  'nothing to add at this time',
  'same as previous answer',
  'same as previous',
  'see previous',
  'see previous answer',
  'as previous',
  'as before',
  'see before',
]);

/** Lower-cased, punctuation and emoji removed, spaces collapsed. */
export function normaliseAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}'/ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const NOTHING_ANSWERS = new Set([
  'nothing',
  'none',
  'nothing at all',
  'absolutely nothing',
  'nothing really',
  'not much',
  'very little',
  'nothing whatsoever',
  'nothing so far',
  'nothing yet',
  'nothing is',
  'nothing is working',
  'nothing is working well',
  'nothing works',
  'nil',
  'zero',
  'not a lot',
  'not anything',
  'sadly nothing',
  'honestly nothing',
  'nothing sadly',
  'nothing unfortunately',
  'unfortunately nothing',
  'nothing i can think of',
  'little to nothing',
  'nothing much',
  'literally nothing',
]);

const WORKING_WELL_QUESTION =
  /work(?:ing|s)?[\s_-]*well|going[\s_-]*well|what[\s\w]{0,80}?(?:good|helped|helps|positive)|best[\s_-]*thing/i;
/** "What is not working well?" also contains "working well", and means the opposite. */
const NOT_QUESTION = /\bnot[\s_-]+(?:work|go)/i;

const asksWhatWorks = (question: string | undefined) =>
  question !== undefined && WORKING_WELL_QUESTION.test(question) && !NOT_QUESTION.test(question);

const SHORT_ANSWER = 80;

export interface AnswerForm {
  substantive: boolean;
  /** A bare "Nothing." to a question about what works. */
  saysNothingWorks: boolean;
  /** "Nothing, they never reply" to a question about what works. */
  leadsWithNothing: boolean;
}

/** What kind of answer this is, from its wording alone (normalised once). */
export function answerForm(text: string, question: string | undefined): AnswerForm {
  // Non-answers and bare "nothing" answers are short; a long answer is only checked for content.
  const normal = normaliseAnswer(text.length > SHORT_ANSWER ? text.slice(0, SHORT_ANSWER) : text);
  const hasContent = /[\p{L}\p{N}]/u.test(normal);
  const substantive =
    hasContent &&
    (text.length > SHORT_ANSWER ||
      (!NON_ANSWERS.has(normal) && !NON_ANSWERS.has(normal.replace(/'/g, ''))));
  const aboutWhatWorks = asksWhatWorks(question);
  if (!aboutWhatWorks) return { substantive, saysNothingWorks: false, leadsWithNothing: false };
  const saysNothing = text.length <= SHORT_ANSWER && NOTHING_ANSWERS.has(normal);
  const [first, second] = normal.split(' ', 2);
  return {
    substantive: substantive || saysNothing,
    saysNothingWorks: saysNothing,
    leadsWithNothing:
      (first === 'nothing' || first === 'none') && second !== 'else' && second !== 'more',
  };
}
