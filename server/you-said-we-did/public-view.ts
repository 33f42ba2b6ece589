// What the public "You said, we did" pages, feed and yearly summary show: surveys anyone may see
// (not drafts), and of each only the actions that are public and, when the council asks for it,
// signed off as they stand. Everything comes from stored rows: no report is built for a page.
import { type ActionRecord, listActions } from '../../db/actions-repository.ts';
import type { Db } from '../../db/connection.ts';
import { listAllSurveys, type SurveyRow } from '../../db/surveys-repository.ts';
import type { ActionStatus } from '../action-contracts.ts';
import { figuresOf } from '../services/action-figures.ts';
import { actionExtras, publiclyShown } from '../services/action-sign-off.ts';

export interface PublicFigure {
  percent: number;
  answered: number;
  wording: string;
  /** The survey that measured it. */
  surveyTitle: string;
}

export interface PublicAction {
  id: string;
  title: string;
  description: string;
  status: ActionStatus;
  themes: string[];
  createdOn: string;
  /** The latest day anything about it changed (its own row or an update). */
  updatedOn: string;
  /** Title and description per locale (`en-easy` is easy read). */
  texts: Map<string, { title: string; description: string }>;
  updates: { on: string; note: string; status: ActionStatus | null }[];
  prompted?: PublicFigure;
  latest?: PublicFigure;
}

export interface PublicSurveyActions {
  survey: SurveyRow;
  actions: PublicAction[];
}

const visible = (s: SurveyRow) => s.status !== 'draft' && s.current_version_id !== null;

async function publicActionsOf(
  db: Db,
  survey: SurveyRow,
  titles: Map<string, string>,
): Promise<PublicAction[]> {
  const shown: ActionRecord[] = await publiclyShown(
    db,
    await listActions(db, survey.id, { publicOnly: true }),
  );
  const ids = shown.map((a) => a.id);
  const extras = await actionExtras(db, ids);
  const figures = await figuresOf(db, ids);
  const figure = (f: { percent: number; answered: number; wording: string; surveyId: string }) => ({
    percent: f.percent,
    answered: f.answered,
    wording: f.wording,
    surveyTitle: titles.get(f.surveyId) ?? '',
  });
  return shown.map((a) => {
    const more = extras.get(a.id);
    const updates = (more?.updates ?? []).map((u) => ({
      on: u.writtenOn,
      note: u.note,
      status: u.status,
    }));
    const pair = figures.get(a.id);
    const last = updates.reduce((day, u) => (u.on > day ? u.on : day), a.updatedOn);
    return {
      id: a.id,
      title: a.title,
      description: a.description,
      status: a.status,
      themes: a.themes,
      createdOn: a.createdOn,
      updatedOn: last,
      texts: new Map((more?.texts ?? []).map((t) => [t.locale, t])),
      updates,
      ...(pair?.prompted ? { prompted: figure(pair.prompted) } : {}),
      ...(pair?.latest ? { latest: figure(pair.latest) } : {}),
    };
  });
}

/** Every survey the public may see, with its public actions (possibly none). */
export async function publicSurveysWithActions(db: Db): Promise<PublicSurveyActions[]> {
  const all = await listAllSurveys(db);
  const titles = new Map(all.map((s) => [s.id, s.title]));
  const out: PublicSurveyActions[] = [];
  for (const survey of all.filter(visible)) {
    out.push({ survey, actions: await publicActionsOf(db, survey, titles) });
  }
  return out;
}

/** One survey's public actions; undefined when the public may not see the survey. */
export async function publicSurveyActions(
  db: Db,
  slug: string,
): Promise<PublicSurveyActions | undefined> {
  const all = await listAllSurveys(db);
  const survey = all.find((s) => s.slug === slug);
  if (!survey || !visible(survey)) return undefined;
  const titles = new Map(all.map((s) => [s.id, s.title]));
  return { survey, actions: await publicActionsOf(db, survey, titles) };
}
