import type { SettingsStore } from '../settings/settings-store';
import { StoredToken } from './collab-settings';

/**
 * What encrypts tokens at rest: Electron's safeStorage in the app
 * (main/shell/token-cipher.ts); absent where the system offers none (and in
 * the e2e harness), when tokens are kept as typed in the user's own settings.
 */
export interface TokenCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
}

/**
 * The user's access tokens, one per collaboration server, kept by main in
 * settings and never in a project file: the window asks for one only to
 * connect to that server.
 */
export class TokenVault {
  constructor(
    private readonly settings: SettingsStore,
    private readonly cipher: TokenCipher | null,
  ) {}

  put(serverUrl: string, token: string): void {
    const stored: StoredToken = this.cipher
      ? { kind: 'safe', value: this.cipher.encrypt(token) }
      : { kind: 'plain', value: token };
    this.settings.set('collabTokens', { ...this.settings.get('collabTokens'), [serverUrl]: stored });
  }

  /** null: no token for this server, or one this machine can no longer decrypt (another user account, a reset keychain). */
  get(serverUrl: string): string | null {
    const checked = StoredToken.safeParse(this.settings.get('collabTokens')?.[serverUrl]);
    if (!checked.success) return null;
    const { kind, value } = checked.data;
    if (kind === 'plain') return value;
    if (!this.cipher) return null;
    try {
      return this.cipher.decrypt(value);
    } catch {
      return null;
    }
  }
}
