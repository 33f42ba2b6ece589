// The figures behind actions: measured from the survey's public report when an action is written
// (or its links change), and measured again from a later survey of the same series when an officer
// asks, so the public pages can show "41% then, 28% now". Reports are built here, never on a
// public page: those only read what was stored.

import {
  type ActionFigureRecord,
  listActionFigures,
  listSeriesActionIds,
  saveActionFigure,
} from '../../db/action-history-repository.ts';
import { dayOf } from '../../db/actions-repository.ts';
import { type AuditActor, audit } from '../../db/audit-repository.ts';
import type { Db } from '../../db/connection.ts';
import { listAllSurveys, type SurveyRow } from '../../db/surveys-repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../app-deps.ts';
import {
  type PromptingFigure,
  promptingFigure,
  publicReport,
  sameFigure,
} from '../you-said-we-did/prompting-figure.ts';

/** When a survey of a series ran, for ordering waves (as the report's trends do). */
export const waveTime = (s: SurveyRow) => s.opens_at ?? s.created_at;

export async function measureThen(
  deps: AppDeps,
  survey: SurveyRow,
  links: { themes: readonly string[]; questions: readonly string[] },
): Promise<PromptingFigure | undefined> {
  if (links.themes.length === 0 && links.questions.length === 0) return undefined;
  return promptingFigure(await publicReport(deps.db, survey, deps.config.suppressionK), links);
}

export const figureRecord = (
  actionId: string,
  role: 'then' | 'now',
  survey: SurveyRow,
  figure: PromptingFigure,
  at: Date,
): ActionFigureRecord => ({
  actionId,
  role,
  surveyId: survey.id,
  ...figure,
  measuredOn: dayOf(at),
});

/**
 * Measures, in `later`'s report, the figures that prompted the actions of the earlier surveys of
 * its series; stores each found as 'now' unless a later survey already measured it.
 */
export async function remeasureSeries(
  deps: AppDeps,
  later: SurveyRow,
  actor: AuditActor,
): Promise<{ measured: number }> {
  if (!later.series) return { measured: 0 };
  const surveys = new Map((await listAllSurveys(deps.db)).map((s) => [s.id, s]));
  const earlier = (id: string) => {
    const s = surveys.get(id);
    return s !== undefined && s.id !== later.id && waveTime(s) < waveTime(later);
  };
  const actions = (await listSeriesActionIds(deps.db, later.series)).filter((a) =>
    earlier(a.surveyId),
  );
  const figures = await listActionFigures(
    deps.db,
    actions.map((a) => a.id),
  );
  const report = await publicReport(deps.db, later, deps.config.suppressionK);
  const at = deps.now();
  const found: ActionFigureRecord[] = [];
  for (const then of figures.filter((f) => f.role === 'then')) {
    const current = figures.find((f) => f.actionId === then.actionId && f.role === 'now');
    const currentSurvey = current && surveys.get(current.surveyId);
    if (currentSurvey && waveTime(currentSurvey) > waveTime(later)) continue;
    const figure = sameFigure(report, then);
    if (figure) found.push(figureRecord(then.actionId, 'now', later, figure, at));
  }
  await inTransaction(deps.db, async (trx) => {
    for (const figure of found) await saveActionFigure(trx, figure);
    await audit(trx, {
      actor,
      action: 'action.remeasure',
      target: later.slug,
      details: { measured: found.length },
      at,
    });
  });
  return { measured: found.length };
}

/** The figure that prompted an action and, once a later survey measured it, the latest. */
export interface FigurePair {
  prompted?: ActionFigureRecord;
  latest?: ActionFigureRecord;
}

export async function figuresOf(db: Db, ids: readonly string[]) {
  const byId = new Map<string, FigurePair>();
  for (const f of await listActionFigures(db, ids)) {
    const pair = byId.get(f.actionId) ?? {};
    if (f.role === 'then') pair.prompted = f;
    else pair.latest = f;
    byId.set(f.actionId, pair);
  }
  return byId;
}
