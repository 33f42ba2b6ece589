// Updates, easy-read and translated wording, and forum sign-off of one action. Each change and its
// audit row are one transaction; a status change also moves the action's own status.

import {
  type ActionFigureRecord,
  addActionApproval,
  addActionUpdate,
  deleteActionText,
  saveActionText,
} from '../../db/action-history-repository.ts';
import { type ActionRecord, dayOf, findAction } from '../../db/actions-repository.ts';
import { type AuditActor, audit } from '../../db/audit-repository.ts';
import { listAllSurveys, type SurveyRow } from '../../db/surveys-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import type {
  ActionHistoryView,
  ActionTextBody,
  ActionUpdateBody,
} from '../action-history-contracts.ts';
import type { AppDeps } from '../app-deps.ts';
import type { PublicUser } from '../auth/roles.ts';
import type { DesignIssue } from '../designer-contracts.ts';
import { AppError } from '../errors.ts';
import { loadPublicSurvey, publicSurveyBody } from '../public-survey.ts';
import { EASY_READ, plainEnglishIssues } from '../survey-design/plain-english.ts';
import { EASY_READ_LOCALE } from '../survey-design/worded-texts.ts';
import { figuresOf } from './action-figures.ts';
import { actionExtras, currentApproval, hashOf, signOffRequired } from './action-sign-off.ts';

export const actionNotFound = () =>
  new AppError(404, 'action_not_found', 'This survey has no such action.');

async function actionOf(deps: AppDeps, survey: SurveyRow, id: string): Promise<ActionRecord> {
  const action = await findAction(deps.db, survey.id, id);
  if (!action) throw actionNotFound();
  return action;
}

/** The languages the survey's questionnaire offers besides English. */
export async function surveyLocales(deps: AppDeps, survey: SurveyRow): Promise<string[]> {
  const found = await loadPublicSurvey(deps, survey.slug).catch(() => undefined);
  const locales = found ? publicSurveyBody(found).locales : [];
  return locales.filter((l) => l !== 'en' && l !== '' && l !== EASY_READ_LOCALE);
}

export async function addUpdate(
  deps: AppDeps,
  change: { survey: SurveyRow; actor: AuditActor; id: string; body: ActionUpdateBody },
): Promise<void> {
  const { survey, actor, id, body } = change;
  const action = await actionOf(deps, survey, id);
  const at = deps.now();
  const status = body.status !== undefined && body.status !== action.status ? body.status : null;
  await inTransaction(deps.db, async (trx) => {
    await addActionUpdate(trx, {
      actionId: id,
      writtenOn: dayOf(at),
      writtenBy: actor.email,
      note: body.note,
      status,
    });
    if (status) {
      await trx
        .updateTable('actions')
        .set({ status, updated_by: actor.email, updated_on: dayOf(at) })
        .where('id', '=', id)
        .execute();
    }
    await audit(trx, {
      actor,
      action: 'action.note',
      target: `${survey.slug}/${id}`,
      details: { status },
      at,
    });
  });
}

export async function saveText(
  deps: AppDeps,
  change: {
    survey: SurveyRow;
    actor: AuditActor;
    id: string;
    locale: string;
    body: ActionTextBody;
  },
): Promise<DesignIssue[]> {
  const { survey, actor, id, locale, body } = change;
  await actionOf(deps, survey, id);
  if (locale !== EASY_READ_LOCALE && !(await surveyLocales(deps, survey)).includes(locale)) {
    throw new AppError(
      400,
      'unknown_locale',
      `This survey is not offered in "${locale}". Translate the questionnaire first.`,
    );
  }
  const at = deps.now();
  await inTransaction(deps.db, async (trx) => {
    await saveActionText(trx, { actionId: id, locale, ...body });
    await audit(trx, {
      actor,
      action: 'action.text',
      target: `${survey.slug}/${id}`,
      details: { locale },
      at,
    });
  });
  if (locale !== EASY_READ_LOCALE) return [];
  return plainEnglishIssues([{ text: body.title }, { text: body.description }], EASY_READ).issues;
}

export async function removeText(
  deps: AppDeps,
  change: { survey: SurveyRow; actor: AuditActor; id: string; locale: string },
): Promise<void> {
  const { survey, actor, id, locale } = change;
  await actionOf(deps, survey, id);
  const at = deps.now();
  await inTransaction(deps.db, async (trx) => {
    if (!(await deleteActionText(trx, id, locale))) {
      throw new AppError(404, 'text_not_found', 'This action has no wording in that language.');
    }
    await audit(trx, {
      actor,
      action: 'action.text_delete',
      target: `${survey.slug}/${id}`,
      details: { locale },
      at,
    });
  });
}

/** A forum member signs off the action's current wording; another person must have written it. */
export async function approveAction(
  deps: AppDeps,
  change: { survey: SurveyRow; user: PublicUser; id: string },
): Promise<{ added: boolean }> {
  const { survey, user, id } = change;
  if (!user.forumMember) {
    throw new AppError(
      403,
      'cannot_approve',
      'Only a member of the parent carer forum can sign off an action.',
    );
  }
  const action = await actionOf(deps, survey, id);
  const at = deps.now();
  return inTransaction(deps.db, async (trx) => {
    const extras = (await actionExtras(trx, [id])).get(id);
    if (!extras) throw actionNotFound();
    const lastNote = extras.updates.filter((u) => u.note !== '').at(-1);
    if (action.updatedBy === user.email || lastNote?.writtenBy === user.email) {
      throw new AppError(
        409,
        'same_person',
        'You wrote the latest change to this action; another forum member must sign it off.',
      );
    }
    const contentHash = hashOf(action, extras);
    const added = await addActionApproval(trx, {
      actionId: id,
      contentHash,
      byId: user.id,
      by: user.email,
      on: dayOf(at),
    });
    if (added) {
      await audit(trx, {
        actor: { id: user.id, email: user.email },
        action: 'action.approve',
        target: `${survey.slug}/${id}`,
        details: { contentHash },
        at,
      });
    }
    return { added };
  });
}

export async function actionHistory(
  deps: AppDeps,
  survey: SurveyRow,
  id: string,
): Promise<ActionHistoryView> {
  const action = await actionOf(deps, survey, id);
  const extras = (await actionExtras(deps.db, [id])).get(id) ?? {
    texts: [],
    updates: [],
    approvals: [],
  };
  const approval = currentApproval(action, extras);
  const figures = (await figuresOf(deps.db, [id])).get(id) ?? {};
  const slugs = new Map((await listAllSurveys(deps.db)).map((s) => [s.id, s.slug]));
  const figureView = (f: ActionFigureRecord) => ({
    survey: slugs.get(f.surveyId) ?? '',
    question: f.question,
    theme: f.theme,
    wording: f.wording,
    percent: f.percent,
    answered: f.answered,
    measuredOn: f.measuredOn,
  });
  return {
    updates: extras.updates.map((u) => ({
      id: u.id,
      writtenOn: u.writtenOn,
      note: u.note,
      status: u.status,
    })),
    texts: extras.texts.map((t) => ({
      locale: t.locale,
      title: t.title,
      description: t.description,
    })),
    signOff: {
      required: await signOffRequired(deps.db),
      ...(approval ? { current: { by: approval.approvedBy, on: approval.approvedOn } } : {}),
    },
    figures: {
      ...(figures.prompted ? { prompted: figureView(figures.prompted) } : {}),
      ...(figures.latest ? { latest: figureView(figures.latest) } : {}),
    },
    locales: await surveyLocales(deps, survey),
  };
}
