// What "You said, we did" adds to writing an action (services/actions.ts): sign-off before it is
// made public, a dated history line when its status changes, and the figure that prompted it,
// measured when it is written and again when its links change.

import {
  addActionUpdate,
  deleteActionFigure,
  saveActionFigure,
} from '../../db/action-history-repository.ts';
import { type ActionRecord, dayOf } from '../../db/actions-repository.ts';
import type { AuditActor } from '../../db/audit-repository.ts';
import type { Db } from '../../db/connection.ts';
import type { SurveyRow } from '../../db/surveys-repository.ts';
import type { ActionBody } from '../action-contracts.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../errors.ts';
import type { PromptingFigure } from '../you-said-we-did/prompting-figure.ts';
import { figureRecord, measureThen } from './action-figures.ts';
import { actionExtras, signOffRequired, wordingHash } from './action-sign-off.ts';

export interface Written {
  /** Set when the figure was measured (a new action, or its links changed). */
  measured?: { figure: PromptingFigure | undefined };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && new Set([...a, ...b]).size === new Set(a).size;

async function refuseUnsignedPublic(deps: AppDeps, body: ActionBody, before?: ActionRecord) {
  if (!body.public || before?.public || !(await signOffRequired(deps.db))) return;
  const extras = before && (await actionExtras(deps.db, [before.id])).get(before.id);
  const hash = wordingHash({
    title: body.title,
    description: body.description,
    texts: extras?.texts ?? [],
    notes: extras?.updates ?? [],
  });
  if (!extras?.approvals.some((a) => a.contentHash === hash)) {
    throw new AppError(
      409,
      'approval_required',
      'A member of the parent carer forum must sign off this wording before the action is made public.',
    );
  }
}

/** Checks and measurements made before the change's transaction (a report is not built in one). */
export async function beforeActionWrite(
  deps: AppDeps,
  change: { survey: SurveyRow; body: ActionBody; before?: ActionRecord },
): Promise<Written> {
  const { survey, body, before } = change;
  await refuseUnsignedPublic(deps, body, before);
  const linksChanged =
    !before || !sameSet(before.themes, body.themes) || !sameSet(before.questions, body.questions);
  if (!linksChanged) return {};
  return { measured: { figure: await measureThen(deps, survey, body) } };
}

/** Call inside the change's transaction. */
export async function afterActionWrite(
  trx: Db,
  change: {
    id: string;
    survey: SurveyRow;
    body: ActionBody;
    actor: AuditActor;
    at: Date;
    written: Written;
    before?: ActionRecord;
  },
): Promise<void> {
  const { id, survey, body, actor, at, written, before } = change;
  if (!before || before.status !== body.status) {
    await addActionUpdate(trx, {
      actionId: id,
      writtenOn: dayOf(at),
      writtenBy: actor.email,
      note: '',
      status: body.status,
    });
  }
  if (!written.measured) return;
  const { figure } = written.measured;
  if (figure) await saveActionFigure(trx, figureRecord(id, 'then', survey, figure, at));
  else await deleteActionFigure(trx, id, 'then');
}
