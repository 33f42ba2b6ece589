import type { ErrorDetail } from '../../server/contracts.ts';

/** Where a parent is in an open questionnaire, from the privacy notice to the thank-you page. */
export type FlowView =
  | { name: 'notice'; cleared: boolean }
  | { name: 'questionnaire'; welcomeBack: boolean }
  | { name: 'sending' }
  | { name: 'sent'; alreadySent: boolean }
  | { name: 'failed' }
  | { name: 'invalid'; details: ErrorDetail[] }
  | { name: 'rejected'; message: string }
  | { name: 'not_open' }
  | { name: 'closed' };
