import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../../shared/util/safe-url';

describe('external links', () => {
  it('lets only http(s) and mailto through', () => {
    expect(safeExternalUrl('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(safeExternalUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>',
      'app://factdesk/index.html',
      'not a url',
      'http://',
    ]) {
      expect(safeExternalUrl(bad)).toBeNull();
    }
  });
});
