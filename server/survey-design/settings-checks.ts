// Checks of the settings that reports rely on: themed questions, the codebook, the options that
// count as agreement, the quote-consent question, and free-text questions nobody decided about.
import { CONSENTING_VALUES } from '../../analysis/report/consent.ts';
import type { DesignIssue, DesignSettings } from '../designer-contracts.ts';
import { comparable, positiveCandidates } from './answer-values.ts';
import type { Json } from './definition-walk.ts';

export interface SettingsQuestion {
  name: string;
  type: string;
  json: Json;
}

const issue = (
  severity: DesignIssue['severity'],
  code: string,
  message: string,
  question?: string,
): DesignIssue => ({ code, severity, message, ...(question ? { question } : {}) });

/** The values the reports read as "yes, you may quote me" (analysis/report/answer-codes.ts). */

/** A question whose answers are the parent's own words (a number or a date is not). */
export const isFreeText = (q: SettingsQuestion) =>
  q.type === 'comment' ||
  (q.type === 'text' && (q.json.inputType === undefined || q.json.inputType === 'text'));

export function settingsIssues(
  settings: DesignSettings,
  questions: Map<string, SettingsQuestion>,
  codebookExists: boolean,
): DesignIssue[] {
  const issues: DesignIssue[] = [];
  for (const name of settings.themedQuestions) {
    const q = questions.get(name);
    if (q && q.type !== 'text' && q.type !== 'comment') {
      const message = `Only free-text questions can be themed; "${name}" is not one.`;
      issues.push(issue('error', 'themed_not_free_text', message, name));
    }
  }
  if (settings.themedQuestions.length > 0 && !codebookExists) {
    const message = `The themed questions use the codebook "${settings.codebook}", which does not exist.`;
    issues.push(issue('error', 'unknown_codebook', message));
  }
  for (const [name, values] of Object.entries(settings.positiveOptions)) {
    const q = questions.get(name);
    const allowed = q ? positiveCandidates(q.json, q.type) : undefined;
    if (!q || !allowed) continue;
    const unknown = values.filter((v) => !allowed.has(comparable(v)));
    if (unknown.length === 0) continue;
    const what = q.type === 'matrix' ? 'points of its scale' : 'its options';
    const message = `The answers counted as agreeing with "${name}" include ${unknown.map((v) => `"${v}"`).join(', ')}, which ${unknown.length === 1 ? 'is not one of the' : 'are not'} ${what}, so reports would count them wrongly. Tick them again in the question's settings.`;
    issues.push(issue('error', 'unknown_positive_option', message, name));
  }
  const consent = settings.quoteConsentQuestion
    ? questions.get(settings.quoteConsentQuestion)
    : undefined;
  if (consent) {
    const values = positiveCandidates(consent.json, consent.type);
    if (values && ![...values.keys()].some((v) => CONSENTING_VALUES.has(v))) {
      const message = `"${consent.name}" asks if parents' words may be quoted, but none of its answers is stored as "yes", so no answer could ever be quoted. Give the answer that allows quotes the value "yes".`;
      issues.push(issue('error', 'quote_consent_without_yes', message, consent.name));
    }
  }
  const decided = new Set([...settings.themedQuestions, ...(settings.unthemedQuestions ?? [])]);
  for (const q of questions.values()) {
    if (!isFreeText(q) || decided.has(q.name) || q.json.visible === false) continue;
    const message =
      'This free-text question will not be themed: mark it for themes (with the questionnaire’s codebook) or mark it as not for theming.';
    issues.push(issue('warning', 'free_text_not_themed', message, q.name));
  }
  return issues;
}
