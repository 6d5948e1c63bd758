import { createHash, randomBytes } from 'node:crypto';

/**
 * Access tokens: 32 random bytes (256 bits), shown once when the user is
 * added. Only their SHA-256 is stored. A slow password hash (scrypt, argon2)
 * exists to stop guessing low-entropy passwords from a stolen hash; a
 * 256-bit random token cannot be guessed however fast the hash is, and a
 * plain digest lets the server find the user by an indexed lookup on every
 * connection.
 */
const PREFIX = 'fdt_';

export function newAccessToken(): string {
  return `${PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
