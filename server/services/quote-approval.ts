// Approving a parent's words for publication. Only words of a parent who said yes to being quoted
// may be approved: refusing here, rather than dropping them later, tells the officer at once why
// a quote they chose will never appear. A questionnaire that never asked may quote nobody.

import { consents } from '../../analysis/report/consent.ts';
import { excerptOf } from '../../analysis/report/quote-excerpt.ts';
import { audit } from '../../db/audit-repository.ts';
import { findAnalysis, findResponseAnswers, setQuoteApproval } from '../../db/review-repository.ts';
import { findVersionById } from '../../db/surveys-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors.ts';

export interface QuoteDecision {
  survey: { id: string; slug: string };
  responseId: string;
  question: string;
  approved: boolean;
  /** Shortened words to publish instead of the whole redacted answer. */
  text?: string;
  actor: { id: string; email: string };
}

const answerNotFound = () =>
  new AppError(404, 'answer_not_found', 'There is no such answer in this survey.');

async function checkConsent(deps: AppDeps, decision: QuoteDecision) {
  const response = await findResponseAnswers(deps.db, decision.survey.id, decision.responseId);
  if (!response) throw answerNotFound();
  const version = await deps.versions.get(response.versionId, (id) => findVersionById(deps.db, id));
  const consentQuestion = version?.settings.quoteConsentQuestion;
  if (!consentQuestion || !consents(response.answers[consentQuestion])) {
    throw new AppError(
      409,
      'quote_not_consented',
      'This parent did not agree to be quoted, so their words cannot be published.',
    );
  }
}

/** Approves or withdraws a quote, with its audit row in the same transaction. */
export async function decideQuote(deps: AppDeps, decision: QuoteDecision): Promise<void> {
  const { survey, responseId, question, approved, actor } = decision;
  const analysis = await findAnalysis(deps.db, survey.id, responseId, question);
  if (!analysis) throw answerNotFound();
  if (!approved && decision.text !== undefined) {
    throw new AppError(
      400,
      'invalid_parameter',
      'Shortened words can only be given when approving.',
    );
  }
  // Withdrawing is always allowed: it can only make a report carry less.
  if (approved) await checkConsent(deps, decision);
  const excerpt = shortened(decision.text, analysis.redacted);
  const at = deps.now();
  await inTransaction(deps.db, async (trx) => {
    await setQuoteApproval(
      trx,
      responseId,
      question,
      approved ? { by: actor.email, at, excerpt } : null,
    );
    await audit(trx, {
      actor,
      action: approved ? (excerpt ? 'quote.approve_shortened' : 'quote.approve') : 'quote.withdraw',
      target: `${survey.slug}/${responseId}:${question}`,
      at,
    });
  });
}

/** The stored form of an officer's shortened quote; null when they approve the whole answer. */
function shortened(text: string | undefined, redacted: string): string | null {
  if (text === undefined) return null;
  const excerpt = excerptOf(text, redacted);
  if (excerpt === null) {
    throw new AppError(
      400,
      'quote_not_excerpt',
      'A shortened quote may only keep words from the answer, in their order, with " … " where ' +
        'words were left out. Nothing can be added or changed.',
    );
  }
  return excerpt === excerptOf(redacted, redacted) ? null : excerpt;
}
