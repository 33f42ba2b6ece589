// Queries on the hot path are built and compiled once, then run again with new parameters: building
// a Kysely query per request costs more than SQLite takes to run it.
import { type Compilable, CompiledQuery, type QueryResult } from 'kysely';
import type { Db } from './connection.ts';

const SLOT = '\u0000slot:';

type Binding = { slot: string } | { value: unknown };

export interface PreparedQuery<P, O> {
  /** Runs on `on` (a transaction, say), compiled once per `db` it was compiled for. */
  run(db: Db, params: P, on?: Db): Promise<QueryResult<O>>;
}

/**
 * `build` receives placeholders standing for each parameter; the compiled SQL keeps them as bound
 * parameters, so each run only swaps in the values. Constants in `build` stay as they are.
 */
export function prepareQuery<P extends Record<string, unknown>, O>(
  build: (db: Db, slots: P) => Compilable<O>,
): PreparedQuery<P, O> {
  const compiled = new WeakMap<Db, { sql: string; bindings: Binding[] }>();
  const slots = new Proxy({} as P, { get: (_, key) => `${SLOT}${String(key)}` });

  function compile(db: Db) {
    let entry = compiled.get(db);
    if (!entry) {
      const query = build(db, slots).compile();
      entry = {
        sql: query.sql,
        bindings: query.parameters.map((value) =>
          typeof value === 'string' && value.startsWith(SLOT)
            ? { slot: value.slice(SLOT.length) }
            : { value },
        ),
      };
      compiled.set(db, entry);
    }
    return entry;
  }

  return {
    run(db, params, on = db) {
      const { sql, bindings } = compile(db);
      const values = bindings.map((b) => ('slot' in b ? params[b.slot] : b.value));
      return on.executeQuery<O>(CompiledQuery.raw(sql, values));
    },
  };
}
