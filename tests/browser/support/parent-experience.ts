// Steps through the shipped "send-parent-experience" questionnaire the way a parent would: by
// reading and clicking the visible labels, never by setting values in code.
import type { Page } from 'playwright-core';
import { waitForFocusedHeading } from './browser.ts';

export const SLUG = 'send-parent-experience';
export const TITLE =
  'Special educational needs and disabilities (SEND): tell us about your experience';

export const PAGE_TITLES = [
  'About you',
  'Your experiences',
  'Our draft vision',
  'Five areas we are working to improve',
  'Using your words',
] as const;

export const COMMENTS = {
  working_well: 'Our SENCO listens and always calls back.',
  vision_unclear: 'Too many long words, like "co-production".',
  workstream_ehc_plans: 'Plans should say who does what, and by when.',
};

/** What the answers above should look like once stored. */
export const EXPECTED_ANSWERS = {
  respondent_role: 'parent',
  child_setting: ['secondary', 'special_school'],
  ehc_plan: 'in_progress',
  services_used: ['speech_language_therapy', 'short_breaks'],
  experiences: { local_offer_helpful: 'disagree', included_in_planning: 'strongly_agree' },
  working_well: COMMENTS.working_well,
  vision_clear: 'no',
  vision_unclear: COMMENTS.vision_unclear,
  workstream_ehc_plans: COMMENTS.workstream_ehc_plans,
  quote_consent: 'no',
};

const group = (page: Page, title: string) =>
  page
    .locator('.sd-question')
    .filter({ has: page.locator('.sd-question__title', { hasText: title }) });

export async function startQuestionnaire(page: Page) {
  await page.getByRole('heading', { name: 'Before you start' }).waitFor();
  await page.getByRole('button', { name: 'Start' }).click();
  await waitForFocusedHeading(page, TITLE);
  await page.getByRole('heading', { name: PAGE_TITLES[0], exact: true }).waitFor();
}

export async function next(page: Page, expectedPageTitle: string) {
  await page.getByRole('button', { name: 'Next' }).click();
  await waitForFocusedHeading(page, expectedPageTitle);
}

export async function answerAboutYou(page: Page) {
  await group(page, 'Who is answering?').getByText('A parent', { exact: true }).click();
  const setting = group(page, 'Where does your child go');
  await setting.getByText('Secondary school', { exact: true }).click();
  await setting.getByText('Special school', { exact: true }).click();
  await group(page, 'Does your child have an EHC plan?')
    .getByText('Not yet: we have asked for one', { exact: false })
    .click();
  const services = group(page, 'Which of these services');
  await services.getByText('Speech and language therapy (SALT)').click();
  await services.getByText('Short breaks (time out for your child').click();
}

/** The label around one answer in an agree/disagree grid, on a phone or a wide screen. */
export const matrixAnswer = (page: Page, statement: string, answer: string) =>
  page.locator('label', {
    has: page.getByRole('radio', { name: new RegExp(`${statement}.*column ${answer}$`) }),
  });

export async function answerExperiences(page: Page) {
  await matrixAnswer(page, 'The Local Offer', 'Disagree').click();
  await matrixAnswer(page, 'I was included in planning', 'Strongly agree').click();
  await page.getByRole('textbox', { name: 'What is working well?' }).fill(COMMENTS.working_well);
}

/** Answers "No" to the first vision question, which reveals a follow-up question. */
export async function answerVision(page: Page) {
  const followUp = page.getByRole('textbox', { name: 'What is not clear?' });
  if (await followUp.count()) throw new Error('The follow-up question should start hidden');
  await group(page, 'Is the draft vision clear').getByText('No', { exact: true }).click();
  await followUp.fill(COMMENTS.vision_unclear);
}

export async function answerImprovementAreas(page: Page) {
  await page.getByRole('textbox', { name: 'Better EHC plans' }).fill(COMMENTS.workstream_ehc_plans);
}

export async function answerQuoteConsent(page: Page) {
  await group(page, 'May we quote your words')
    .getByText('No, please do not quote my words')
    .click();
}
