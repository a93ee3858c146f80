/** @module Statements prepared once per SQL text, for queries built from a filter's shape. */
import type Database from 'better-sqlite3';

/** More shapes than any client asks for; past it the cache starts again rather than growing. */
const maxStatements = 128;

/**
 * A list query's SQL depends on which filters are set, so it cannot be prepared up front; preparing it
 * at every call cost as much as running it on a small page.
 * @example const prepared = preparedBySql(db); prepared('SELECT COUNT(*) AS n FROM deliveries').get()
 */
export function preparedBySql(db: Database.Database): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= maxStatements) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
