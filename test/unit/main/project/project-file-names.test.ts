import { describe, expect, it } from 'vitest';
import { withFactdeskExtension } from '../../../../main/project/project-session';

describe('file names', () => {
  it('adds the .factdesk extension only when missing', () => {
    expect(withFactdeskExtension('/a/story')).toBe('/a/story.factdesk');
    expect(withFactdeskExtension('/a/story.FACTDESK')).toBe('/a/story.FACTDESK');
  });
});
