// Bursts and clusters for spotting a batch of junk: responses per hour, and groups of responses
// whose answers are identical. Answers are compared as canonical JSON (keys sorted) so the order a
// browser sent them in does not matter; a cluster is named by a hash of that text.
import { createHash } from 'node:crypto';
import type { Db } from './connection.ts';

/** JSON with every object's keys sorted, so equal answers give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const clusterIdOf = (answersJson: string) =>
  createHash('sha256')
    .update(canonicalJson(JSON.parse(answersJson)))
    .digest()
    .subarray(0, 12)
    .toString('base64url');

export interface HourCount {
  hour: string;
  responses: number;
  setAside: number;
}

/** Responses per hour (only hours with any), with how many of them are set aside. */
export async function hourlyCounts(db: Db, surveyId: string): Promise<HourCount[]> {
  const rows = await db
    .selectFrom('responses as r')
    .leftJoin('set_aside_responses as sa', (join) =>
      join.onRef('sa.response_id', '=', 'r.id').on('sa.active', '=', 1),
    )
    .select((eb) => [
      'r.submitted_at as hour',
      eb.fn.count<number | string>('r.id').as('responses'),
      eb.fn.count<number | string>('sa.response_id').as('set_aside'),
    ])
    .where('r.survey_id', '=', surveyId)
    .groupBy('r.submitted_at')
    .orderBy('r.submitted_at')
    .execute();
  return rows.map((r) => ({
    hour: r.hour,
    responses: Number(r.responses),
    setAside: Number(r.set_aside),
  }));
}

export interface AnswerCluster {
  id: string;
  versionId: string;
  /** The answers every response in it gave. */
  answers: Record<string, unknown>;
  responses: number;
  setAside: number;
  /** Hours with any of its responses, in order, each with its count. */
  hours: { hour: string; responses: number }[];
}

/** Per distinct answer: kept small, since most answers to a long questionnaire are unique. */
interface Building {
  firstId: string;
  versionId: string;
  responses: number;
  setAside: number;
  /** The one hour seen so far, or the count per hour once there are several. */
  hours: string | Map<string, number>;
}

function streamWithState(db: Db, surveyId: string, hours: { from?: string; to?: string } = {}) {
  let query = db
    .selectFrom('responses as r')
    .select((eb) => [
      'r.id',
      'r.version_id',
      'r.answers',
      'r.submitted_at',
      eb
        .exists(
          eb
            .selectFrom('set_aside_responses as sa')
            .select('sa.response_id')
            .whereRef('sa.response_id', '=', 'r.id')
            .where('sa.active', '=', 1),
        )
        .as('set_aside'),
    ])
    .where('r.survey_id', '=', surveyId);
  if (hours.from !== undefined) query = query.where('r.submitted_at', '>=', hours.from);
  if (hours.to !== undefined) query = query.where('r.submitted_at', '<=', hours.to);
  return query.stream(1000);
}

function addHour(group: Building, hour: string) {
  if (typeof group.hours === 'string') {
    if (group.hours === hour) return;
    // Counts per hour are only needed for groups that turn out large: counted from here on, and
    // the earlier ones (all in the first hour) are what is left of the total.
    group.hours = new Map([[group.hours, group.responses - 1]]);
  }
  group.hours.set(hour, (group.hours.get(hour) ?? 0) + 1);
}

/**
 * Groups of at least `minimum` responses with identical answers, largest first (at most `limit`).
 * Reads every response of the survey once, keeping a few numbers per distinct answer; the answers
 * themselves are read again only for the groups returned.
 */
export async function listClusters(
  db: Db,
  surveyId: string,
  { minimum, limit }: { minimum: number; limit: number },
): Promise<AnswerCluster[]> {
  const groups = new Map<string, Building>();
  for await (const row of streamWithState(db, surveyId)) {
    const id = clusterIdOf(row.answers);
    let group = groups.get(id);
    if (!group) {
      group = {
        firstId: row.id,
        versionId: row.version_id,
        responses: 0,
        setAside: 0,
        hours: row.submitted_at,
      };
      groups.set(id, group);
    }
    group.responses++;
    if (Number(row.set_aside) === 1) group.setAside++;
    addHour(group, row.submitted_at);
  }
  const chosen = [...groups]
    .filter(([, g]) => g.responses >= minimum)
    .sort(([a, x], [b, y]) => y.responses - x.responses || (a < b ? -1 : 1))
    .slice(0, limit);
  const answers = await answersOf(
    db,
    chosen.map(([, g]) => g.firstId),
  );
  return chosen.map(([id, g]) => ({
    id,
    versionId: g.versionId,
    answers: JSON.parse(answers.get(g.firstId) ?? '{}') as Record<string, unknown>,
    responses: g.responses,
    setAside: g.setAside,
    hours:
      typeof g.hours === 'string'
        ? [{ hour: g.hours, responses: g.responses }]
        : [...g.hours]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([hour, responses]) => ({ hour, responses })),
  }));
}

async function answersOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('responses')
    .select(['id', 'answers'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.answers]));
}

/**
 * Ids of the cluster's responses that are not set aside yet, within the hours given (inclusive).
 * `found` says whether the cluster has any response in those hours, set aside or not.
 */
export async function clusterMembers(
  db: Db,
  surveyId: string,
  clusterId: string,
  hours: { from?: string; to?: string } = {},
): Promise<{ found: boolean; ids: string[] }> {
  let found = false;
  const ids: string[] = [];
  for await (const row of streamWithState(db, surveyId, hours)) {
    if (clusterIdOf(row.answers) !== clusterId) continue;
    found = true;
    if (Number(row.set_aside) !== 1) ids.push(row.id);
  }
  return { found, ids };
}
