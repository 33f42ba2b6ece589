// What a parent can do with a receipt code: see what became of their answers, and withdraw them.
// Every failure reads the same (404 receipt_not_found), so a guess learns nothing but "no".
import { audit } from '../../db/audit-repository.ts';
import {
  findReceipt,
  hasUnreviewedFlag,
  nextLinkableSurvey,
  themesOfResponse,
} from '../../db/receipts-repository.ts';
import { deleteResponses } from '../../db/response-deletion.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../app-deps.ts';
import type { ReceiptLookup } from '../receipt-contracts.ts';
import { readReceipt, receiptNotFound, receiptTag } from '../receipts.ts';
import { surveyThemes } from '../reports/report-input.ts';
import { truncateToHour } from '../time.ts';
import { publicActionsForReport } from './public-actions.ts';

const tagOf = (deps: AppDeps, code: string) => receiptTag(deps.appSecret, readReceipt(code));

export async function lookUpReceipt(deps: AppDeps, code: string): Promise<ReceiptLookup> {
  const found = await findReceipt(deps.db, tagOf(deps, code));
  if (!found) throw receiptNotFound();
  const labels = new Map(
    (await surveyThemes(deps.db, found.survey)).map((t) => [t.id, t.label] as const),
  );
  const named = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const label = labels.get(id);
      return label === undefined ? [] : [{ id, label }];
    });
  const themes = named(await themesOfResponse(deps.db, found.responseId));
  const mine = new Set(themes.map((t) => t.id));
  const actions = (await publicActionsForReport(deps.db, found.survey.id))
    .filter((a) => a.themes.some((id) => mine.has(id)))
    .map((a) => ({
      title: a.title,
      description: a.description,
      status: a.status,
      themes: named(a.themes),
    }));
  const next = await nextLinkableSurvey(deps.db, found.survey, found.responseId);
  return {
    survey: { slug: found.survey.slug, title: found.survey.title },
    themes,
    actions,
    ...(next ? { next: { slug: next.slug, title: next.title } } : {}),
  };
}

/**
 * Deletes the response with everything about it, in one transaction with an audit line that
 * names only the survey and whether a safeguarding flag nobody had reviewed went with it.
 */
export async function withdrawByReceipt(deps: AppDeps, code: string): Promise<void> {
  const tag = tagOf(deps, code);
  await inTransaction(deps.db, async (trx) => {
    const found = await findReceipt(trx, tag);
    if (!found) throw receiptNotFound();
    const flagged = await hasUnreviewedFlag(trx, found.responseId);
    await deleteResponses(trx, [found.responseId]);
    await audit(trx, {
      actor: { id: null, email: 'parent with a receipt' },
      action: flagged ? 'response.withdraw_flagged' : 'response.withdraw',
      target: found.survey.slug,
      details: flagged ? { unreviewedSafeguardingFlag: true } : {},
      // The hour only, like the response itself: the exact moment would say more than is stored.
      at: new Date(truncateToHour(deps.now())),
    });
  });
}
