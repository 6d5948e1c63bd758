import { describe, expect, it } from 'vitest';
import { projectPathFromArgv } from '../../../../../main/services/app/argv';

describe('command line arguments', () => {
  it('finds the project after the app path in development and after the binary when packaged', () => {
    expect(projectPathFromArgv(['/usr/bin/electron', '.', '--', 'story.factdesk'], false)).toBe('story.factdesk');
    expect(projectPathFromArgv(['/opt/Factdesk/factdesk', '--no-sandbox', '/home/a/b.factdesk'], true)).toBe(
      '/home/a/b.factdesk',
    );
    expect(projectPathFromArgv(['/usr/bin/electron', '.'], false)).toBeNull();
  });
});
