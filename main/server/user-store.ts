import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isCollabRole, type CollabRole } from '../../shared/collab/roles';
import { newAccessToken, tokenHash } from './access-tokens';

/**
 * The server's users, in `users.sqlite` under the data folder. Each change
 * is one SQLite transaction, so a crash never leaves half a user, and the
 * CLI can add or remove users while the server runs (it sees the change on
 * the next lookup). Removed users stay as revoked rows so their token is
 * refused with a message that says so.
 */
export interface CollabUser {
  name: string;
  role: CollabRole;
  createdAt: string;
}

export type TokenCheck =
  { ok: true; user: CollabUser } | { ok: false; reason: 'unknown' | 'revoked'; revokedAt?: string };

interface UserRow {
  name: string;
  role: string;
  created_at: string;
  revoked_at: string | null;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE UNIQUE INDEX IF NOT EXISTS active_user_names ON users(name) WHERE revoked_at IS NULL;
`;

export const USERS_FILE = 'users.sqlite';

export class UserNameTaken extends Error {}

export class UserStore {
  private readonly db: Database.Database;

  private constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
  }

  static open(dataDir: string): UserStore {
    mkdirSync(dataDir, { recursive: true });
    return new UserStore(path.join(dataDir, USERS_FILE));
  }

  /** Adds a user and returns their token; the token is not stored and cannot be shown again. */
  add(name: string, role: CollabRole, now = new Date()): string {
    const token = newAccessToken();
    try {
      this.db
        .prepare('INSERT INTO users (name, role, token_hash, created_at) VALUES (?, ?, ?, ?)')
        .run(name, role, tokenHash(token), now.toISOString());
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw new UserNameTaken(name);
      throw error;
    }
    return token;
  }

  list(): CollabUser[] {
    const rows = this.db
      .prepare('SELECT name, role, created_at, revoked_at FROM users WHERE revoked_at IS NULL ORDER BY name')
      .all() as UserRow[];
    return rows.map(toUser);
  }

  /** Revokes the user's token; false when there is no such active user. */
  remove(name: string, now = new Date()): boolean {
    const result = this.db
      .prepare('UPDATE users SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL')
      .run(now.toISOString(), name);
    return result.changes > 0;
  }

  check(token: string): TokenCheck {
    return this.checkHash(tokenHash(token));
  }

  /** For a connection that keeps its token's hash: is it still valid? */
  checkHash(hash: string): TokenCheck {
    const row = this.db
      .prepare('SELECT name, role, created_at, revoked_at FROM users WHERE token_hash = ?')
      .get(hash) as UserRow | undefined;
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.revoked_at !== null) return { ok: false, reason: 'revoked', revokedAt: row.revoked_at };
    return { ok: true, user: toUser(row) };
  }

  close(): void {
    this.db.close();
  }
}

function toUser(row: UserRow): CollabUser {
  if (!isCollabRole(row.role)) throw new Error(`users.sqlite holds an unknown role “${row.role}” for ${row.name}`);
  return { name: row.name, role: row.role, createdAt: row.created_at };
}
