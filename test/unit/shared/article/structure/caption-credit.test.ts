import { describe, expect, it } from 'vitest';
import { metaKindOf } from '../../../../../shared/article/structure/block-kinds';

/** A tabloid's caption with its credit and no full stop before it (issue 21 item 4). Failed before this change. */
describe('a caption whose credit follows its last word', () => {
  it('reads "… after the accident Credit: Trumpet Pictures" as a caption', () => {
    expect(metaKindOf('Dan Rourke has pulled out of the run after the accident Credit: Trumpet Pictures')).toBe(
      'caption',
    );
  });

  it('keeps a sentence that mentions credit in the story', () => {
    expect(metaKindOf('The bank said customers would get credit: Barclays confirmed it on Monday.')).toBeNull();
  });
});
