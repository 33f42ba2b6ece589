// Published results: officers choose questions of a closed survey and publish a snapshot of them
// at /results/<slug>. Each publish and unpublish writes its audit row in the same transaction. A
// new snapshot must differ from every earlier one by no responses or by at least k: two versions
// a few responses apart would reveal those few families' answers.
import { randomUUID } from 'node:crypto';
import { reportQuestions } from '../../analysis/report/index.ts';
import { type AuditActor, audit } from '../../db/audit-repository.ts';
import {
  insertPublication,
  latestPublication,
  listPublications,
  markUnpublished,
  type PublicationSummary,
  responsesChanged,
} from '../../db/publications-repository.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../app-deps.ts';
import { availabilityOf } from '../availability.ts';
import { AppError } from '../errors.ts';
import {
  type PublicationInfo,
  type PublicationsView,
  type Published,
  resultsPath,
} from '../publication-contracts.ts';
import { buildSnapshot } from '../reports/publication-snapshot.ts';
import { readReportVersions } from '../reports/report-input.ts';

const infoOf = (p: PublicationSummary): PublicationInfo => ({
  number: p.number,
  questions: p.questions,
  responses: p.responses,
  publishedOn: p.publishedOn,
  unpublishedOn: p.unpublishedOn,
});

const isClosed = (survey: SurveyRow, now: Date) =>
  survey.status !== 'draft' && availabilityOf(survey, undefined, now) === 'closed';

async function publishableQuestions(deps: AppDeps, survey: SurveyRow) {
  return reportQuestions(await readReportVersions(deps.db, survey.id));
}

export async function publicationsView(
  deps: AppDeps,
  survey: SurveyRow,
): Promise<PublicationsView> {
  const history = (await listPublications(deps.db, survey.id)).map(infoOf);
  const newest = history[0];
  return {
    survey: { slug: survey.slug, title: survey.title, status: survey.status },
    questions: await publishableQuestions(deps, survey),
    resultsPath: resultsPath(survey.slug),
    current: newest && newest.unpublishedOn === null ? newest : null,
    history,
    k: deps.config.suppressionK,
  };
}

export async function publishResults(
  deps: AppDeps,
  change: { survey: SurveyRow; questions: string[]; actor: AuditActor },
): Promise<Published> {
  const { survey, questions, actor } = change;
  const now = deps.now();
  if (!isClosed(survey, now)) {
    throw new AppError(
      409,
      'survey_not_closed',
      'Results can be published only once the survey has closed.',
    );
  }
  const known = new Set((await publishableQuestions(deps, survey)).map((q) => q.name));
  const unknown = questions.filter((q) => !known.has(q));
  if (unknown.length > 0) {
    throw new AppError(
      400,
      'unknown_question',
      `This survey has no question ${unknown.map((q) => `"${q}"`).join(', ')}.`,
      unknown.map((question) => ({ path: 'questions', question })),
    );
  }
  const on = now.toISOString().slice(0, 10);
  const snapshot = await buildSnapshot(deps, survey, questions, on);
  const k = deps.config.suppressionK;
  const id = randomUUID();
  const number = await inTransaction(deps.db, async (trx) => {
    const earlier = await listPublications(trx, survey.id);
    const n = await insertPublication(trx, {
      id,
      surveyId: survey.id,
      questions,
      document: snapshot.document,
      k,
      responseTags: snapshot.responseTags,
      by: actor.email,
      on,
    });
    for (const before of earlier) {
      const changed = await responsesChanged(trx, id, before.id);
      if (changed > 0 && changed < k) {
        throw new AppError(
          409,
          'republication_too_small',
          `These results differ from those published on ${before.publishedOn} by fewer than ${k} responses. Comparing the two would reveal those people's answers, so wait until at least ${k} responses have been added or removed.`,
          [{ publication: before.number, minimum: k }],
        );
      }
    }
    await audit(trx, {
      actor,
      action: 'publication.publish',
      target: survey.slug,
      details: { number: n, questions, responses: snapshot.responseTags.length, k },
      at: now,
    });
    return n;
  });
  return {
    number,
    questions,
    responses: snapshot.responseTags.length,
    publishedOn: on,
    unpublishedOn: null,
    resultsPath: resultsPath(survey.slug),
  };
}

export async function unpublishResults(
  deps: AppDeps,
  change: { survey: SurveyRow; actor: AuditActor },
): Promise<void> {
  const { survey, actor } = change;
  const now = deps.now();
  await inTransaction(deps.db, async (trx) => {
    const latest = await latestPublication(trx, survey.id);
    const on = now.toISOString().slice(0, 10);
    if (!latest || !(await markUnpublished(trx, latest.id, actor.email, on))) {
      throw new AppError(404, 'not_published', 'Nothing is published for this survey.');
    }
    await audit(trx, {
      actor,
      action: 'publication.unpublish',
      target: survey.slug,
      details: { number: latest.number },
      at: now,
    });
  });
}

/** The document the public page shows, or undefined: never published, or withdrawn since. */
export async function publishedDocument(deps: AppDeps, survey: SurveyRow) {
  const latest = await latestPublication(deps.db, survey.id);
  return latest && latest.unpublishedOn === null ? latest : undefined;
}
