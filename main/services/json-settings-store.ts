import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from './settings-store';

/**
 * A settings store in one JSON file: used where electron-store cannot run
 * (the e2e harness and the CLI). Same keys and defaults as the app's store.
 */
export class JsonSettingsStore implements SettingsStore {
  private data: Settings;

  constructor(private readonly file: string) {
    this.data = { ...DEFAULT_SETTINGS, ...this.read() };
  }

  private read(): Partial<Settings> {
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as Partial<Settings>;
    } catch {
      return {};
    }
  }

  get<K extends keyof Settings>(key: K): Settings[K] {
    return this.data[key];
  }

  set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    this.data = { ...this.data, [key]: value };
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.data, null, 2));
    renameSync(temp, this.file);
  }
}
