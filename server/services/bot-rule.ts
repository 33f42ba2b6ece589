// Obvious bots are discarded without telling them: the page sends "website", a field no person
// sees or fills, and "elapsedSeconds", the time since the parent pressed Start (kept with the
// draft, so a resumed or retried questionnaire counts all of it). A discard answers like a stored
// response, so a bot learns nothing, and is counted per survey and hour for officers to see.
import { randomUUID } from 'node:crypto';
import { recordBotDiscard } from '../../db/bot-discards-repository.ts';
import type { AppDeps } from '../app-deps.ts';
import type { SubmitResponseBody } from '../contracts.ts';
import { truncateToHour } from '../time.ts';

/** Nobody presses Start, reads a question and answers it in less. */
export const MIN_SECONDS = 2;
/** Added per answered question: four answers a second, page after page, is beyond a person. */
export const SECONDS_PER_ANSWER = 0.25;
/** However long the questionnaire, the minimum never grows past this. */
export const MAX_MIN_SECONDS = 10;

const isAnswered = (value: unknown) =>
  value !== undefined &&
  value !== null &&
  value !== '' &&
  !(Array.isArray(value) && value.length === 0);

/** The shortest time a person could take to give these answers. */
export function minimumSeconds(answers: Record<string, unknown>): number {
  const answered = Object.values(answers).filter(isAnswered).length;
  return Math.min(MAX_MIN_SECONDS, MIN_SECONDS + SECONDS_PER_ANSWER * answered);
}

export type BotReason = 'honeypot' | 'too_fast';

/** Why these answers look like an obvious bot's, or undefined. A missing time is accepted. */
export function botReason(body: SubmitResponseBody): BotReason | undefined {
  if (body.website !== undefined && body.website.trim() !== '') return 'honeypot';
  if (body.elapsedSeconds !== undefined && body.elapsedSeconds < minimumSeconds(body.answers)) {
    return 'too_fast';
  }
  return undefined;
}

/** Counts the discard and gives the id a stored response would have had: a fresh random one. */
export async function discardAsBot(
  deps: AppDeps,
  survey: { id: string; slug: string },
  reason: BotReason,
): Promise<string> {
  await recordBotDiscard(deps.db, survey.id, truncateToHour(deps.now()));
  deps.logger.info('submission_discarded', { survey: survey.slug, reason });
  return randomUUID();
}
