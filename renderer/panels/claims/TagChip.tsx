import { tagColourOf } from '../../../shared/claims/tag-colours';
import { useStore } from '../../state/store';
import { preferencesStore } from '../../state/preferences-store';

/** The class of a free tag's chip: coloured when the user gave the tag a colour (Preferences). */
export function useTagChipClass(): (tag: string) => string {
  const colours = useStore(preferencesStore, (preferences) => preferences.tagColours);
  return (tag) => {
    const colour = tagColourOf(colours, tag);
    return colour ? `tag tag-colour-${colour}` : 'tag';
  };
}

/** A free tag, always shown by name (its colour only adds to it). */
export function TagChip({ tag }: { tag: string }) {
  const classOf = useTagChipClass();
  return <span className={classOf(tag)}>#{tag}</span>;
}
