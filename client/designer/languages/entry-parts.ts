// Which wording of a SurveyJS element a parent reads, beside its title and description. A
// fallback is survey-core's own English, shown when the definition leaves the property out: the
// parent reads it all the same, so it must be translatable too.
import type { Json } from '../editor/survey-json.ts';

export interface Part {
  key: string;
  /** survey-core's older spelling of the key, still found in definitions. */
  alias?: string;
  part: string;
  fallback?: string;
  /** Only for elements where the parent sees it (e.g. "Other" only when the option is shown). */
  when?(node: Json): boolean;
}

const on =
  (...keys: string[]) =>
  (node: Json) =>
    keys.some((k) => node[k] === true);
const has =
  (...keys: string[]) =>
  (node: Json) =>
    keys.some((k) => node[k] !== undefined);
const CHOICE_TYPES = new Set(['radiogroup', 'checkbox', 'dropdown', 'tagbox', 'imagepicker']);
const choiceList = (node: Json) => typeof node.type === 'string' && CHOICE_TYPES.has(node.type);

const OTHER = on('showOtherItem', 'hasOther');
const COMMENT = on('showCommentArea', 'hasComment');

/** Wording of a question, by type, after its title and description. */
export const QUESTION_PARTS: Record<string, Part[]> = {
  boolean: [
    { key: 'labelTrue', part: 'Wording of "yes"', fallback: 'Yes' },
    { key: 'labelFalse', part: 'Wording of "no"', fallback: 'No' },
  ],
  rating: [
    { key: 'minRateDescription', part: 'Words for the lowest score' },
    { key: 'maxRateDescription', part: 'Words for the highest score' },
  ],
  dropdown: [
    {
      key: 'placeholder',
      alias: 'placeHolder',
      part: 'Text in the empty list',
      fallback: 'Select...',
    },
  ],
  text: [{ key: 'placeholder', alias: 'placeHolder', part: 'Text in the empty box' }],
  comment: [{ key: 'placeholder', alias: 'placeHolder', part: 'Text in the empty box' }],
};

/** Wording any choice question may show: the extra options and their boxes. */
export const CHOICE_PARTS: Part[] = [
  { key: 'otherText', part: '"Other" option', fallback: 'Other (describe)', when: OTHER },
  {
    key: 'otherPlaceholder',
    alias: 'otherPlaceHolder',
    part: 'Text in the empty "Other" box',
    when: OTHER,
  },
  {
    key: 'noneText',
    part: '"None" option',
    fallback: 'None',
    when: on('showNoneItem', 'hasNone'),
  },
  {
    key: 'selectAllText',
    part: '"Select all" option',
    fallback: 'Select All',
    when: on('showSelectAllItem', 'hasSelectAll'),
  },
  {
    key: 'refuseText',
    part: '"Prefer not to answer" option',
    fallback: 'Refuse to answer',
    when: on('showRefuseItem'),
  },
  {
    key: 'dontKnowText',
    part: '"Don\'t know" option',
    fallback: "Don't know",
    when: on('showDontKnowItem'),
  },
  {
    key: 'commentText',
    part: 'Comment box label',
    fallback: 'Please leave a comment',
    when: COMMENT,
  },
  {
    key: 'commentPlaceholder',
    alias: 'commentPlaceHolder',
    part: 'Text in the empty comment box',
    when: COMMENT,
  },
].map((part) => ({
  ...part,
  when: (node: Json) => choiceList(node) && (part.when?.(node) ?? true),
}));

/** Wording of every question when the definition sets it. */
export const COMMON_PARTS: Part[] = [
  { key: 'requiredErrorText', part: 'Message when not answered', when: has('requiredErrorText') },
];

/**
 * The questionnaire's own button wording, when the definition sets it. Otherwise the buttons use
 * the app's messages ("Buttons and messages"), which every language can reword.
 */
export const SURVEY_PARTS: Part[] = [
  { key: 'pagePrevText', part: '"Previous" button', when: has('pagePrevText') },
  { key: 'pageNextText', part: '"Next" button', when: has('pageNextText') },
  { key: 'completeText', part: 'Send button', when: has('completeText') },
];

/** Lists of items, each with its own wording. */
export const ITEM_LISTS: [string, string][] = [
  ['choices', 'Choice'],
  ['rows', 'Row'],
  ['columns', 'Column'],
  ['rateValues', 'Scale point'],
];

/** Element types whose wording is not a title: a text block is its HTML. */
export const OWN_TEXT: Record<string, Part> = {
  html: { key: 'html', part: 'Text block (HTML)' },
  image: { key: 'altText', part: 'Description of the image' },
};
