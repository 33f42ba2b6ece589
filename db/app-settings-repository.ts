// Settings an administrator changes in the app rather than in the environment.
import type { Db } from './connection.ts';

export async function readSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}

export async function writeSetting(db: Db, key: string, value: string, at: string) {
  await db
    .insertInto('app_settings')
    .values({ key, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
}

/** Writes the setting only if it has none yet (the first instance to start wins). */
export async function writeSettingOnce(db: Db, key: string, value: string, at: string) {
  await db
    .insertInto('app_settings')
    .values({ key, value, updated_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
