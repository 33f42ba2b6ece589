// Wording the designer fills in for a start, which reached parents unchecked: a page called "New
// page", buttons reading "Complete" and "Previous" where the shipped questionnaires say "Send my
// answers" and "Back", no progress bar, and help entries a parent cannot contact.
import {
  DEFAULT_SURVEY_TEXTS,
  type DesignIssue,
  type DesignSettings,
} from '../designer-contracts.ts';
import { asArray, itemText, type Json, textOf, type WalkedElement } from './definition-walk.ts';

/** What the shipped questionnaires (surveys/) set, which a blank questionnaire starts with. */
export const SHIPPED_PAGE_WORDING = {
  showProgressBar: true,
  progressBarLocation: 'top',
  progressBarType: 'pages',
  questionsOnPageMode: 'standard',
  showQuestionNumbers: 'off',
  pageNextText: 'Next',
  pagePrevText: 'Back',
  completeText: 'Send my answers',
} as const;

/** Checks of the wording around the questions, which most tests of other checks leave out. */
export const PAGE_WORDING_CODES: ReadonlySet<string> = new Set([
  'placeholder_button',
  'no_progress_bar',
  'help_without_contact',
]);

const warning = (code: string, message: string, question?: string): DesignIssue => ({
  code,
  severity: 'warning',
  message,
  ...(question ? { question } : {}),
});

const BUTTONS = [
  ['completeText', 'questions.complete', 'Complete', SHIPPED_PAGE_WORDING.completeText],
  ['pagePrevText', 'questions.previous', 'Previous', SHIPPED_PAGE_WORDING.pagePrevText],
] as const;

export function placeholderIssues(
  json: Json,
  settings: DesignSettings,
  pages: { json: Json }[],
  questions: (WalkedElement & { name: string })[],
): DesignIssue[] {
  const issues: DesignIssue[] = [];
  pages.forEach((page, index) => {
    if (page.json === json) return;
    if (/^new page$/i.test(textOf(page.json.title).trim())) {
      issues.push(
        warning(
          'placeholder_page_title',
          `Page ${index + 1} is titled "New page". Give it a title that tells parents what it is about, or remove the title.`,
        ),
      );
    }
  });
  for (const q of questions) {
    if (/^new question$/i.test(textOf(q.json.title).trim())) {
      const message = `Question "${q.name}" still reads "New question". Write the question parents should answer.`;
      issues.push(warning('placeholder_question', message, q.name));
    }
    const placeholders = asArray(q.json.choices)
      .map(itemText)
      .filter((t) => /^option \d+$/i.test(t.trim()));
    if (placeholders.length > 0) {
      const message = `Question "${q.name}" has options still called ${placeholders.map((t) => `"${t}"`).join(', ')}. Word them as parents should read them.`;
      issues.push(warning('placeholder_option', message, q.name));
    }
  }
  const ui = settings.texts.ui ?? {};
  for (const [property, id, standard, shipped] of BUTTONS) {
    if (textOf(json[property]).trim() || ui[id]?.trim()) continue;
    const message = `Parents will see the standard "${standard}" button; the shipped questionnaires say "${shipped}". Word it under "Buttons and messages of the questionnaire page" in the Languages tab.`;
    issues.push(warning('placeholder_button', message));
  }
  const bar = json.showProgressBar;
  if (bar !== true && (typeof bar !== 'string' || ['off', 'false'].includes(bar))) {
    const message =
      'Parents will not see how far through the questionnaire they are. Tick "Show parents a progress bar" in the questionnaire settings, as the shipped questionnaires do.';
    issues.push(warning('no_progress_bar', message));
  }
  for (const contact of settings.texts.help ?? DEFAULT_SURVEY_TEXTS.help) {
    if (contact.phone?.trim() || contact.url?.trim()) continue;
    const message = `The help entry "${contact.name}" has no phone number or website, so parents cannot reach it. Add one in the questionnaire settings, or remove the entry.`;
    issues.push(warning('help_without_contact', message));
  }
  return issues;
}
