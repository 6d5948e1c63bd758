import { describe, expect, it } from 'vitest';
import { projectPathFromArgv } from '../../main/services/app/argv';
import { withRecent } from '../../main/services/settings/recent-projects';
import { withFactdeskExtension } from '../../main/project/project-session';
import { displayShortcut, toElectronAccelerator } from '../../shared/settings/commands';
import { safeExternalUrl } from '../../shared/util/safe-url';
import { matchesShortcut } from '../../renderer/commands/shortcut';

describe('command line arguments', () => {
  it('finds the project after the app path in development and after the binary when packaged', () => {
    expect(projectPathFromArgv(['/usr/bin/electron', '.', '--', 'story.factdesk'], false)).toBe('story.factdesk');
    expect(projectPathFromArgv(['/opt/Factdesk/factdesk', '--no-sandbox', '/home/a/b.factdesk'], true)).toBe('/home/a/b.factdesk');
    expect(projectPathFromArgv(['/usr/bin/electron', '.'], false)).toBeNull();
  });
});

describe('recent projects', () => {
  it('moves a reopened project to the front without duplicating it, keeping ten', () => {
    const entry = (n: number) => ({ path: `/p/${n}.factdesk`, name: `${n}`, openedAt: '' });
    const list = Array.from({ length: 10 }, (_, i) => entry(i));
    expect(withRecent(list, entry(5)).map((e) => e.name)).toEqual(['5', '0', '1', '2', '3', '4', '6', '7', '8', '9']);
    expect(withRecent(list, entry(42))).toHaveLength(10);
  });
});

describe('file names', () => {
  it('adds the .factdesk extension only when missing', () => {
    expect(withFactdeskExtension('/a/story')).toBe('/a/story.factdesk');
    expect(withFactdeskExtension('/a/story.FACTDESK')).toBe('/a/story.FACTDESK');
  });
});

describe('shortcuts', () => {
  const key = (init: Partial<KeyboardEvent>) => ({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, key: '', code: '', ...init }) as KeyboardEvent;

  it('matches Mod as Ctrl elsewhere and Cmd on macOS, and needs the exact modifiers', () => {
    expect(matchesShortcut(key({ ctrlKey: true, code: 'KeyS', key: 's' }), 'Mod+S', false)).toBe(true);
    expect(matchesShortcut(key({ metaKey: true, code: 'KeyS', key: 's' }), 'Mod+S', true)).toBe(true);
    expect(matchesShortcut(key({ ctrlKey: true, code: 'KeyS', key: 's' }), 'Mod+S', true)).toBe(false);
    expect(matchesShortcut(key({ ctrlKey: true, shiftKey: true, code: 'KeyS', key: 'S' }), 'Mod+S', false)).toBe(false);
    expect(matchesShortcut(key({ ctrlKey: true, shiftKey: true, code: 'KeyS', key: 'S' }), 'Mod+Shift+S', false)).toBe(true);
  });

  it('converts to Electron accelerators and display text', () => {
    expect(toElectronAccelerator('Mod+Shift+S')).toBe('CmdOrCtrl+Shift+S');
    expect(displayShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(displayShortcut('Mod+Shift+S', true)).toBe('⇧⌘S');
  });
});

describe('external links', () => {
  it('lets only http(s) and mailto through', () => {
    expect(safeExternalUrl('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(safeExternalUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>', 'app://factdesk/index.html', 'not a url', 'http://']) {
      expect(safeExternalUrl(bad)).toBeNull();
    }
  });
});
