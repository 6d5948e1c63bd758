import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../../../../../main/services/settings/settings-store';
import { describe, expect, it } from 'vitest';
import { JsonSettingsStore } from '../../../../../main/services/settings/json-settings-store';
import { checkSettingsFile } from '../../../../../main/services/settings/settings-file-guard';

const NOW = new Date('2026-11-22T10:00:00Z');
const recent = [{ path: '/desk/water.factdesk', name: 'water', openedAt: '2026-11-20T09:00:00Z' }];

function folderWith(content: string | null) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factdesk-settings-'));
  const file = path.join(dir, 'settings.json');
  if (content !== null) writeFileSync(file, content);
  return { dir, file };
}

describe('a damaged settings file', () => {
  const damaged: [string, string][] = [
    ['not JSON', '{"recentProjects": [ {"path": '],
    ['the wrong shape', JSON.stringify({ recentProjects: 'water.factdesk' })],
    ['an array', '[1,2,3]'],
  ];
  for (const [what, content] of damaged) {
    it(`(${what}) is moved aside with its bytes intact, reported, and replaced by defaults`, () => {
      const { dir, file } = folderWith(content);
      const store = new JsonSettingsStore(file, () => NOW);
      expect(store.notice).toMatch(
        /^Your preferences could not be used \(.+\), so Factdesk started with its default preferences\. The old file was kept as ‘settings\.damaged-2026-11-22T10-00-00-000Z\.json’/,
      );
      expect(store.get('recentProjects')).toEqual([]);
      expect(readFileSync(path.join(dir, 'settings.damaged-2026-11-22T10-00-00-000Z.json'), 'utf8')).toBe(content);
      store.set('recentProjects', recent);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, recentProjects: recent });
    });
  }

  it('leaves a good file (in electron-store’s tab-indented format) alone', () => {
    const content = JSON.stringify({ recentProjects: recent, futureKey: true }, undefined, '\t');
    const { dir, file } = folderWith(content);
    expect(checkSettingsFile(file, NOW)).toEqual({ notice: null, movedTo: null });
    expect(readFileSync(file, 'utf8')).toBe(content);
    expect(new JsonSettingsStore(file).get('recentProjects')).toEqual(recent);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('says nothing when there is no file yet', () => {
    const { file } = folderWith(null);
    expect(new JsonSettingsStore(file).notice).toBeNull();
  });

  it('keeps both when it happens twice in the same millisecond', () => {
    const { dir, file } = folderWith('nope');
    checkSettingsFile(file, NOW);
    writeFileSync(file, 'again');
    checkSettingsFile(file, NOW);
    expect(readdirSync(dir).sort()).toEqual([
      'settings.damaged-2026-11-22T10-00-00-000Z-2.json',
      'settings.damaged-2026-11-22T10-00-00-000Z.json',
    ]);
  });
});
