import type { Page } from 'playwright-core';

/** Fills in and sends the officers' sign-in form. */
export async function signInAs(page: Page, person: { email: string; password: string }) {
  await page.getByRole('textbox', { name: 'Email address' }).fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
