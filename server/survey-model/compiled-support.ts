// Which definitions the compiled validator covers. It is a list of what is known to behave the
// same as survey-core, not of what is known not to: anything unlisted sends the version to the
// reference validator, which is slower but always right.

const DISPLAY = [
  'type',
  'name',
  'title',
  'description',
  'visibleIf',
  'visible',
  'startWithNewLine',
  'width',
  'minWidth',
  'maxWidth',
  'titleLocation',
  'descriptionLocation',
  'hideNumber',
  'indent',
  'placeholder',
  'state',
  'navigationTitle',
  'navigationDescription',
  'showTitle',
  'showNumber',
  'questionTitleLocation',
  'errorLocation',
  'colCount',
];
const ANSWERED = ['isRequired', 'requiredIf', 'requiredErrorText', 'validators'];
const CHOICES = [
  'choices',
  'showOtherItem',
  'hasOther',
  'otherText',
  'otherPlaceholder',
  'otherErrorText',
  'showNoneItem',
  'hasNone',
  'noneText',
  'separateSpecialChoices',
  'showClearButton',
  'allowClear',
  'searchEnabled',
];

const set = (...lists: string[][]) => new Set(lists.flat());

export const ELEMENT_PROPERTIES: Record<string, Set<string>> = {
  page: set(DISPLAY, ['elements', 'questions']),
  panel: set(DISPLAY, ['elements', 'questions', 'innerIndent']),
  radiogroup: set(DISPLAY, ANSWERED, CHOICES),
  dropdown: set(DISPLAY, ANSWERED, CHOICES),
  checkbox: set(DISPLAY, ANSWERED, CHOICES, [
    'minSelectedChoices',
    'maxSelectedChoices',
    'showSelectAllItem',
    'hasSelectAll',
    'selectAllText',
  ]),
  tagbox: set(DISPLAY, ANSWERED, CHOICES, ['maxSelectedChoices']),
  rating: set(DISPLAY, ANSWERED, [
    'rateMin',
    'rateMax',
    'rateStep',
    'rateValues',
    'rateCount',
    'minRateDescription',
    'maxRateDescription',
    'mininumRateDescription',
    'maximumRateDescription',
    'rateType',
    'displayMode',
    'scaleColorMode',
    'rateColorMode',
    'displayRateDescriptionsAsExtremeItems',
  ]),
  boolean: set(DISPLAY, ANSWERED, [
    'labelTrue',
    'labelFalse',
    'valueTrue',
    'valueFalse',
    'renderAs',
    'swapOrder',
  ]),
  comment: set(DISPLAY, ANSWERED, ['rows', 'autoGrow', 'allowResize', 'textUpdateMode']),
  text: set(DISPLAY, ANSWERED, [
    'inputType',
    'min',
    'max',
    'minErrorText',
    'maxErrorText',
    'size',
    'autocomplete',
    'textUpdateMode',
  ]),
  matrix: set(DISPLAY, ANSWERED, [
    'rows',
    'columns',
    'isAllRowRequired',
    'eachRowRequired',
    'alternateRows',
    'columnMinWidth',
    'rowTitleWidth',
    'showHeader',
  ]),
  multipletext: set(DISPLAY, ANSWERED, ['items', 'itemSize']),
  html: set(DISPLAY, ['html']),
  image: set(DISPLAY, [
    'imageLink',
    'imageHeight',
    'imageWidth',
    'altText',
    'contentMode',
    'imageFit',
  ]),
  expression: set(DISPLAY, [
    'expression',
    'displayStyle',
    'currency',
    'maximumFractionDigits',
    'minimumFractionDigits',
  ]),
};

const SURVEY_PROPERTIES = set(
  [
    'title',
    'description',
    'logo',
    'logoPosition',
    'showProgressBar',
    'progressBarLocation',
    'progressBarType',
    'showQuestionNumbers',
    'pageNextText',
    'pagePrevText',
    'completeText',
    'textUpdateMode',
    'pages',
    'elements',
    'questions',
    'showTitle',
    'showPageTitles',
    'showCompletedPage',
    'completedHtml',
    'widthMode',
    'width',
    'showPrevButton',
    'showNavigationButtons',
    'questionErrorLocation',
    'questionTitleLocation',
    'questionDescriptionLocation',
    'requiredText',
    'showPreviewBeforeComplete',
    'previewText',
    'editText',
    'headerView',
    'focusFirstQuestionAutomatic',
    'goNextPageAutomatic',
    'autoGrowComment',
    'allowResizeComment',
    'clearInvisibleValues',
    'autoFocusFirstQuestion',
    'checkErrorsMode',
    'locale',
    'questionsOnPageMode',
  ],
  [],
);

const VALIDATOR_PROPERTIES: Record<string, Set<string>> = {
  numeric: set(['type', 'text', 'minValue', 'maxValue']),
  text: set(['type', 'text', 'minLength', 'maxLength', 'allowDigits']),
  email: set(['type', 'text']),
  regex: set(['type', 'text', 'regex', 'caseInsensitive']),
  expression: set(['type', 'text', 'expression']),
  answercount: set(['type', 'text', 'minCount', 'maxCount']),
};

const INPUT_TYPES = new Set(['text', 'number', 'email', 'tel', 'url', 'date']);
const ITEM_PROPERTIES = set(['name', 'title', 'placeholder', 'isRequired', 'validators']);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function choiceProblem(list: unknown, what: string): string | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return `${what} is not a list`;
  for (const item of list) {
    if (typeof item === 'string' || typeof item === 'number') continue;
    if (!isRecord(item)) return `${what} has an entry of another kind`;
    const extra = Object.keys(item).find((k) => k !== 'value' && k !== 'text');
    if (extra) return `${what} has "${extra}"`;
  }
  return undefined;
}

function validatorsProblem(list: unknown, owner: string): string | undefined {
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) return `validators of "${owner}" are not a list`;
  for (const v of list) {
    const type = isRecord(v) && typeof v.type === 'string' ? v.type.replace(/validator$/, '') : '';
    const allowed = VALIDATOR_PROPERTIES[type];
    if (!allowed || !isRecord(v)) return `"${owner}" has a ${type || 'typeless'} validator`;
    const extra = Object.keys(v).find((k) => !allowed.has(k));
    if (extra) return `a validator of "${owner}" has "${extra}"`;
  }
  return undefined;
}

function elementProblem(element: Record<string, unknown>, kind: string): string | undefined {
  const allowed = ELEMENT_PROPERTIES[kind];
  const label = String(element.name ?? kind);
  if (!allowed) return `"${label}" is a ${kind} question`;
  const extra = Object.keys(element).find((k) => !allowed.has(k));
  if (extra) return `"${label}" has "${extra}"`;
  if (element.visible !== undefined && typeof element.visible !== 'boolean') {
    return `"${label}" has a computed visible`;
  }
  const choices = choiceProblem(element.choices, `"${label}" choices`);
  if (choices) return choices;
  if (kind === 'matrix') {
    return (
      choiceProblem(element.rows, `"${label}" rows`) ??
      choiceProblem(element.columns, `"${label}" columns`)
    );
  }
  if (kind === 'rating') return choiceProblem(element.rateValues, `"${label}" rateValues`);
  if (kind === 'text') {
    const inputType = String(element.inputType ?? 'text');
    if (!INPUT_TYPES.has(inputType)) return `"${label}" has input type ${inputType}`;
    const bounded = element.min !== undefined || element.max !== undefined;
    if (bounded && inputType !== 'number') return `"${label}" has min or max on ${inputType}`;
    if (
      bounded &&
      ![element.min, element.max].every((b) => b === undefined || typeof b === 'number')
    ) {
      return `"${label}" has a computed min or max`;
    }
  }
  if (kind === 'multipletext') {
    if (!Array.isArray(element.items)) return `"${label}" has no items`;
    for (const item of element.items) {
      if (!isRecord(item)) return `"${label}" has an item of another kind`;
      const extra = Object.keys(item).find((k) => !ITEM_PROPERTIES.has(k));
      if (extra) return `an item of "${label}" has "${extra}"`;
      const problem = validatorsProblem(item.validators, String(item.name));
      if (problem) return problem;
    }
  }
  return validatorsProblem(element.validators, label);
}

/** Why a definition needs the reference validator, or undefined when the compiler covers it. */
export function unsupportedReason(json: Record<string, unknown>): string | undefined {
  const extra = Object.keys(json).find((k) => !SURVEY_PROPERTIES.has(k));
  if (extra) return `the survey has "${extra}"`;
  // Other modes regroup the questions into new pages, whose conditions this does not follow.
  const mode = json.questionsOnPageMode ?? 'standard';
  if (mode !== 'standard') return `the survey shows questions in ${String(mode)} mode`;
  // Clearing values as questions hide changes what later conditions see within one pass.
  const clearing = String(json.clearInvisibleValues ?? 'onComplete');
  if (clearing.startsWith('onHidden')) return `the survey clears hidden values ${clearing}`;
  const visit = (list: unknown, kind?: string): string | undefined => {
    if (list === undefined) return undefined;
    if (!Array.isArray(list)) return 'an element list is not a list';
    for (const element of list) {
      if (!isRecord(element)) return 'an element is not an object';
      const type = kind ?? (typeof element.type === 'string' ? element.type.toLowerCase() : '');
      const problem =
        elementProblem(element, type) ?? visit(element.elements) ?? visit(element.questions);
      if (problem) return problem;
    }
    return undefined;
  };
  return visit(json.pages, 'page') ?? visit(json.elements) ?? visit(json.questions);
}
