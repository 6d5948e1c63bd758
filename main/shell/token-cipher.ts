import { safeStorage } from 'electron';
import type { TokenCipher } from '../services/collab/token-vault';

/**
 * Collaboration tokens encrypted with the system's keychain (Keychain,
 * DPAPI, libsecret/kwallet). Null where none is available (Linux without a
 * secret store reports "basic_text", which is no protection): tokens are then
 * kept as typed in the user's own settings file.
 */
export function safeStorageCipher(): TokenCipher | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  };
}
