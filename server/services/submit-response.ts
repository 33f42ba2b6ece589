// Accepting one response: the one path for parents online and for officers typing in paper and
// telephone forms. Routes only translate HTTP; this owns the checks and the write.
import { createHash, randomUUID } from 'node:crypto';
import { insertResponse, type ResponseChannel } from '../../db/responses-repository.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { accessCodeInvalid, accessCodeKeys } from '../access-codes.ts';
import type { AppDeps } from '../app-deps.ts';
import { canonicalJson } from '../canonical-json.ts';
import { IDEMPOTENCY_HEADER, idempotencyKeySchema, type SubmitResponseBody } from '../contracts.ts';
import { AppError } from '../errors.ts';
import { loadPublicSurvey, requiresAccessCode } from '../public-survey.ts';
import { readReceipt, receiptNotFound, receiptTag } from '../receipts.ts';
import { storedAnswerCodes } from '../reports/stored-codes.ts';
import { freeTextQuestions } from '../survey-model/free-text-questions.ts';
import { validateAnswers } from '../survey-model/validate-answers.ts';
import { truncateToHour } from '../time.ts';
import { botReason, discardAsBot } from './bot-rule.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function readIdempotencyKey(header: string | undefined) {
  if (header === undefined) return undefined;
  if (!idempotencyKeySchema.safeParse(header).success) {
    throw new AppError(
      400,
      'invalid_idempotency_key',
      `The ${IDEMPOTENCY_HEADER} header must be 8 to 200 letters, digits, "-", "_", ":" or ".".`,
    );
  }
  return header;
}

export interface Submission {
  slug: string;
  body: SubmitResponseBody;
  idempotencyKey?: string;
  /** paper or telephone: typed in by an officer, who may still enter forms that arrived after
   * closing. */
  channel: ResponseChannel;
  /** Called when the answers carry a code the survey needs: a guess, for the rate limit. */
  onCodeAttempt?: () => void;
  /** Called when the answers carry an earlier receipt: a guess too, limited the same way. */
  onReceiptAttempt?: () => void;
}

/** The keyed tags of the receipts a submission carries; malformed ones are refused (400). */
function receiptTags(deps: AppDeps, submission: Submission, survey: SurveyRow) {
  const { receipt, previousReceipt } = submission.body;
  const tag = receipt === undefined ? undefined : receiptTag(deps.appSecret, readReceipt(receipt));
  if (previousReceipt === undefined) return { tag };
  const previous = receiptTag(deps.appSecret, readReceipt(previousReceipt));
  submission.onReceiptAttempt?.();
  // A survey outside any series has no earlier survey to link to: the code cannot match.
  if (survey.series === null) throw receiptNotFound();
  const startedAt = survey.opens_at ?? survey.created_at;
  return { tag, previous: { tag: previous, series: survey.series, startedAt } };
}

/** What a retry must repeat to be the same request: the answers, and the receipts' tags. */
function requestHash(version: number, answers: unknown, receipts: ReturnType<typeof receiptTags>) {
  const parts: unknown[] = [version, answers];
  // Without receipts the hash is as before, so keys stored by an older release still match.
  if (receipts.tag !== undefined || receipts.previous !== undefined) {
    parts.push(receipts.tag ?? null, receipts.previous?.tag ?? null);
  }
  return sha256(canonicalJson(parts));
}

/** Validates and stores one response; the one path for parents online and for paper forms. */
export async function acceptResponse(deps: AppDeps, submission: Submission): Promise<string> {
  const { body, idempotencyKey: key, channel } = submission;
  const { survey, version, availability } = await loadPublicSurvey(
    deps,
    submission.slug,
    body.version,
  );
  if (availability === 'closed' && channel === 'online') {
    throw new AppError(410, 'survey_closed', 'This survey has closed and takes no more answers.');
  }
  if (availability === 'not_yet_open') {
    throw new AppError(409, 'survey_not_open', 'This survey is not open for answers yet.');
  }
  if (availability === 'unavailable') {
    throw new AppError(409, 'survey_not_open', version.unavailableReason ?? 'Not available.');
  }
  const receipts = receiptTags(deps, submission, survey);
  const bot = channel === 'online' && deps.botCheck ? botReason(body) : undefined;
  if (bot) return discardAsBot(deps, survey, bot);
  // Officers typing in paper forms need no code; online, the code is used in the same transaction
  // that stores the answers, and nothing records which response used it.
  const codeNeeded = channel === 'online' && requiresAccessCode(survey);
  if (codeNeeded && body.accessCode === undefined) throw accessCodeInvalid();
  if (codeNeeded) submission.onCodeAttempt?.();
  const verdict = validateAnswers(version, body.answers, {
    maxAnswerChars: deps.config.maxAnswerChars,
  });
  if (!verdict.ok) {
    throw new AppError(
      400,
      'invalid_response',
      'Some answers need to be checked.',
      verdict.details,
    );
  }
  const result = await insertResponse(
    deps.db,
    {
      id: randomUUID(),
      surveyId: survey.id,
      versionId: version.versionId,
      answers: verdict.answers,
      submittedAt: truncateToHour(deps.now()),
      queueTagging: freeTextQuestions(version).some((q) => typeof verdict.answers[q] === 'string'),
      channel,
      answerCodes: storedAnswerCodes(version, verdict.answers),
      ...(codeNeeded && body.accessCode !== undefined
        ? { accessCode: accessCodeKeys(deps.appSecret, survey.id, body.accessCode) }
        : {}),
      receiptTag: receipts.tag,
      previous: receipts.previous,
    },
    key
      ? {
          keyHash: sha256(key),
          // Canonical: a retry that writes the same answers in another key order is the same request.
          requestHash: requestHash(version.version, body.answers, receipts),
        }
      : undefined,
  );
  if (result.kind === 'access_code_invalid') throw accessCodeInvalid();
  if (result.kind === 'previous_not_found') throw receiptNotFound();
  if (result.kind === 'previous_already_linked') {
    throw new AppError(
      409,
      'receipt_already_linked',
      'Answers to this survey have already been linked to this receipt code.',
    );
  }
  if (result.kind === 'receipt_taken') {
    throw new AppError(
      409,
      'receipt_taken',
      'This receipt code is already in use: send the answers again with a new one.',
    );
  }
  if (result.kind === 'key_reused') {
    throw new AppError(
      422,
      'idempotency_key_reused',
      `This ${IDEMPOTENCY_HEADER} was already used for different answers.`,
    );
  }
  return result.id;
}
