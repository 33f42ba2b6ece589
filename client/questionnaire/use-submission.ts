import { useEffect, useRef } from 'react';
import type { PublicSurvey } from '../../server/contracts.ts';
import type { Draft } from '../lib/draft-store.ts';
import { newIdempotencyKey } from '../lib/random-key.ts';
import { forgetPreviousReceipt, newReceiptCode, previousReceiptFor } from '../lib/receipt-code.ts';
import type { FlowView } from './flow-view.ts';
import { useServices } from './services.ts';
import { submissionBody } from './submission-body.ts';
import type { SurveyModel } from './survey-runtime.tsx';

/**
 * Sends the answers and turns the outcome into the next view. One idempotency key covers every
 * attempt at the same answers, so a retry after a lost reply is stored once, even after a reload.
 * Each attempt also sends the honeypot's content and the seconds since the draft was started
 * (server/services/bot-rule.ts); a 429 keeps the answers and sends them again when it says.
 */
export function useSubmission(
  survey: PublicSurvey,
  initialDraft: Draft | undefined,
  show: (view: FlowView) => void,
  options: { accessCode(): string | undefined; tooLargeMessage: string; website(): string },
) {
  const keyRef = useRef(initialDraft?.idempotencyKey);
  const receiptRef = useRef(initialDraft?.receipt);
  const { submitAnswers, updateDraft, clearDraft } = useServices();
  const retryTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(retryTimer.current), []);

  const forgetKey = (model: SurveyModel) => {
    keyRef.current = undefined;
    receiptRef.current = undefined;
    updateDraft(survey.slug, {
      version: survey.version,
      data: model.data,
      pageNo: model.currentPageNo,
      idempotencyKey: null,
      receipt: null,
    });
  };

  /** code: one just accepted, before the state holding it has been rendered. */
  const send = async (model: SurveyModel, code?: string, again = false): Promise<void> => {
    const answers = model.data;
    const key = keyRef.current ?? newIdempotencyKey();
    keyRef.current = key;
    // Made with the key and kept with it: every retry of these answers carries the same code.
    const receipt = receiptRef.current ?? newReceiptCode();
    receiptRef.current = receipt;
    // Stored before the request leaves, so a reload mid-send still retries with the same key.
    const draft = updateDraft(survey.slug, {
      version: survey.version,
      data: answers,
      pageNo: model.currentPageNo,
      idempotencyKey: key,
      receipt,
    });
    const previousReceipt = previousReceiptFor(survey.slug);
    show({ name: 'sending' });
    const accessCode = survey.accessCodeRequired ? (code ?? options.accessCode()) : undefined;
    const outcome = await submitAnswers(
      survey.slug,
      submissionBody(draft, {
        answers,
        version: survey.version,
        accessCode,
        website: options.website(),
        receipt,
        previousReceipt,
      }),
      key,
    );
    switch (outcome.kind) {
      case 'sent':
      case 'already_sent':
        clearDraft(survey.slug);
        forgetPreviousReceipt(survey.slug);
        keyRef.current = undefined;
        receiptRef.current = undefined;
        return show({
          name: 'sent',
          alreadySent: outcome.kind === 'already_sent',
          // Only a code the server echoed was stored (the designer's preview stores nothing).
          receipt: outcome.kind === 'sent' ? outcome.receipt : receipt,
          linked: previousReceipt !== undefined,
        });
      case 'previous_receipt_refused':
        // Linking is optional: the answers still go, on their own (once; storage may be stuck).
        forgetPreviousReceipt(survey.slug);
        return again ? show({ name: 'failed' }) : send(model, code, true);
      case 'receipt_refused':
        forgetKey(model);
        return again ? show({ name: 'failed' }) : send(model, code, true);
      case 'failed':
        return show({ name: 'failed' });
      case 'too_many':
        // The draft and its key are kept, so the later attempt is the same answers.
        clearTimeout(retryTimer.current);
        retryTimer.current = setTimeout(
          () => void send(model, code),
          outcome.retryAfterSeconds * 1000,
        );
        return show({ name: 'waiting', seconds: outcome.retryAfterSeconds });
      case 'invalid':
        forgetKey(model);
        return show({ name: 'invalid', details: outcome.details });
      case 'too_large':
        forgetKey(model);
        return show({ name: 'rejected', message: options.tooLargeMessage });
      case 'rejected':
        forgetKey(model);
        return show({ name: 'rejected', message: outcome.message });
      case 'access_code_invalid':
        // Used meanwhile (another tab or device) or mistyped: the answers wait for a good code.
        updateDraft(survey.slug, {
          version: survey.version,
          data: answers,
          pageNo: model.currentPageNo,
          accessCode: null,
        });
        return show({ name: 'access_code', resend: true, problem: 'invalid' });
      case 'not_open':
        return show({ name: 'not_open' });
      case 'closed':
      case 'not_found':
        // These answers can never be sent, so nothing is gained by keeping them on the device.
        clearDraft(survey.slug);
        return show({ name: 'closed' });
    }
  };

  const reset = () => {
    clearTimeout(retryTimer.current);
    keyRef.current = undefined;
  };

  return { send, reset };
}
