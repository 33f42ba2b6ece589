import type { ErrorDetail } from '../../server/contracts.ts';
import type { AccessCodeProblem } from './access-code-view.tsx';

/** Where a parent is in an open questionnaire, from the privacy notice to the thank-you page. */
export type FlowView =
  | { name: 'notice'; cleared: boolean }
  /** resend: the code was refused as the answers were sent; a good one sends them again. */
  | { name: 'access_code'; resend: boolean; problem?: AccessCodeProblem }
  | { name: 'questionnaire'; welcomeBack: boolean }
  | { name: 'sending' }
  /** receipt: the code sent with the answers, to offer the parent (none in the preview). */
  | { name: 'sent'; alreadySent: boolean; receipt?: string; linked?: boolean }
  | { name: 'failed' }
  /** Too many answers from the parent's network: sent again by itself after `seconds`. */
  | { name: 'waiting'; seconds: number }
  | { name: 'invalid'; details: ErrorDetail[] }
  | { name: 'rejected'; message: string }
  | { name: 'not_open' }
  | { name: 'closed' };
