import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomicSync } from '../disk/atomic-write';
import { checkSettingsFile } from './settings-file-guard';
import { WriteFailure } from '../disk/write-errors';
import { DEFAULT_SETTINGS, type Settings, type SettingsStore } from './settings-store';

/**
 * A settings store in one JSON file: used where electron-store cannot run
 * (the e2e harness and the CLI). Same keys, defaults and file format as the
 * app's store, and the same handling of a damaged file.
 */
export class JsonSettingsStore implements SettingsStore {
  private data: Settings;
  /** Set when the file was damaged and set aside at start-up. */
  readonly notice: string | null;

  constructor(
    private readonly file: string,
    clock: () => Date = () => new Date(),
  ) {
    this.notice = checkSettingsFile(file, clock()).notice;
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

  /**
   * A failed write (a full disk, say) leaves the file as it was and throws a
   * WriteFailure; the new value stays in memory and goes to disk with the next write.
   */
  set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    this.data = { ...this.data, [key]: value };
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileAtomicSync(this.file, JSON.stringify(this.data, null, '\t'));
    } catch (error) {
      throw new WriteFailure(error, this.file);
    }
  }
}
