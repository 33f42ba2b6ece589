import type { SubmitResponseBody } from '../../server/contracts.ts';
import { type Draft, elapsedSeconds } from '../lib/draft-store.ts';

/**
 * What one attempt sends: the answers, the access code if the survey needs one, the honeypot's
 * content, the receipt codes, and the seconds since the draft was started (left out when that is
 * not known).
 */
export function submissionBody(
  draft: Pick<Draft, 'startedAt'>,
  fields: {
    answers: Record<string, unknown>;
    version: number;
    accessCode?: string;
    website: string;
    receipt?: string;
    previousReceipt?: string;
  },
  now = Date.now(),
): SubmitResponseBody {
  const elapsed = elapsedSeconds(draft, now);
  return {
    answers: fields.answers,
    version: fields.version,
    ...(fields.accessCode ? { accessCode: fields.accessCode } : {}),
    website: fields.website,
    ...(fields.receipt ? { receipt: fields.receipt } : {}),
    ...(fields.previousReceipt ? { previousReceipt: fields.previousReceipt } : {}),
    ...(elapsed !== undefined ? { elapsedSeconds: elapsed } : {}),
  };
}
