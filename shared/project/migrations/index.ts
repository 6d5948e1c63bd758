import { migrate0to1 } from './0001-from-prototype';
import { migrate1to2 } from './0002-claim-numbers-and-review';

type Json = Record<string, unknown>;

/** migrations[n] turns a version-n document into version n+1. */
export const MIGRATIONS: ReadonlyArray<(doc: Json) => Json> = [migrate0to1, migrate1to2];

export function migrateToCurrent(doc: Json, fromVersion: number): Json {
  let current = doc;
  for (let version = fromVersion; version < MIGRATIONS.length; version += 1) {
    current = MIGRATIONS[version](current);
  }
  return current;
}
