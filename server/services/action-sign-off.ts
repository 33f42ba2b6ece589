// Sign-off of actions by a member of the parent carer forum, when the council asks for it (an
// admin's setting). What is signed off is one exact wording: the title, description, easy read,
// translations and update notes, by hash. Any change to them needs signing off again before the
// action shows on public pages or in published reports.
import { createHash } from 'node:crypto';
import {
  type ActionApprovalRecord,
  type ActionTextRecord,
  type ActionUpdateRecord,
  listActionApprovals,
  listActionTexts,
  listActionUpdates,
} from '../../db/action-history-repository.ts';
import type { ActionRecord } from '../../db/actions-repository.ts';
import { readSetting, writeSetting } from '../../db/app-settings-repository.ts';
import { type AuditActor, audit } from '../../db/audit-repository.ts';
import type { Db } from '../../db/connection.ts';
import { inTransaction } from '../../db/transaction.ts';
import { canonicalJson } from '../canonical-json.ts';

const SETTING = 'actions_need_sign_off';

export async function signOffRequired(db: Db): Promise<boolean> {
  return (await readSetting(db, SETTING)) === '1';
}

export async function setSignOffRequired(
  db: Db,
  change: { required: boolean; actor: AuditActor; at: Date },
): Promise<void> {
  await inTransaction(db, async (trx) => {
    await writeSetting(trx, SETTING, change.required ? '1' : '0', change.at.toISOString());
    await audit(trx, {
      actor: change.actor,
      action: 'action.sign_off_setting',
      details: { required: change.required },
      at: change.at,
    });
  });
}

export interface Wording {
  title: string;
  description: string;
  texts: readonly Pick<ActionTextRecord, 'locale' | 'title' | 'description'>[];
  notes: readonly Pick<ActionUpdateRecord, 'id' | 'note'>[];
}

/** The hash a sign-off names: any change to what the public reads changes it. */
export function wordingHash(wording: Wording): string {
  const content = {
    title: wording.title,
    description: wording.description,
    texts: [...wording.texts]
      .map((t) => [t.locale, t.title, t.description])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    notes: wording.notes.filter((n) => n.note !== '').map((n) => [n.id, n.note]),
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

export interface ActionExtras {
  texts: ActionTextRecord[];
  updates: ActionUpdateRecord[];
  approvals: ActionApprovalRecord[];
}

/** Texts, updates and sign-offs of the actions, by action id. */
export async function actionExtras(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, ActionExtras>> {
  const byId = new Map<string, ActionExtras>(
    ids.map((id) => [id, { texts: [], updates: [], approvals: [] }]),
  );
  for (const t of await listActionTexts(db, ids)) byId.get(t.actionId)?.texts.push(t);
  for (const u of await listActionUpdates(db, ids)) byId.get(u.actionId)?.updates.push(u);
  for (const a of await listActionApprovals(db, ids)) byId.get(a.actionId)?.approvals.push(a);
  return byId;
}

export const hashOf = (action: Pick<ActionRecord, 'title' | 'description'>, extras: ActionExtras) =>
  wordingHash({ ...action, texts: extras.texts, notes: extras.updates });

/** The sign-off of the action's current wording, if it has one. */
export const currentApproval = (
  action: Pick<ActionRecord, 'title' | 'description'>,
  extras: ActionExtras,
) => extras.approvals.find((a) => a.contentHash === hashOf(action, extras));

/** The actions the public may read: public, and signed off as they stand when that is required. */
export async function publiclyShown<A extends ActionRecord>(db: Db, actions: A[]): Promise<A[]> {
  const open = actions.filter((a) => a.public);
  if (open.length === 0 || !(await signOffRequired(db))) return open;
  const extras = await actionExtras(
    db,
    open.map((a) => a.id),
  );
  return open.filter((a) => {
    const found = extras.get(a.id);
    return found !== undefined && currentApproval(a, found) !== undefined;
  });
}
