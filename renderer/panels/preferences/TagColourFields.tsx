import { useMemo } from 'react';
import type { Preferences } from '../../../shared/settings/preferences';
import {
  TAG_COLOURS,
  TAG_COLOUR_LABELS,
  tagColourOf,
  withTagColour,
  type TagColour,
} from '../../../shared/claims/tag-colours';
import { claimsViewStore } from '../../project/claims-view-store';
import { changePreferences } from '../../state/preferences-actions';
import { useStore } from '../../state/store';
import { projectTags } from '../claims/claim-filter';
import { sortTags } from '../claims/tag-order';
import { TagChip } from '../claims/TagChip';

/** A colour for each free tag of the open project (and any tag already given one). */
export function TagColourFields({ colours }: { colours: Preferences['tagColours'] }) {
  const claims = useStore(claimsViewStore, (view) => view.claims);
  const tags = useMemo(
    () => sortTags(new Set([...projectTags(Object.values(claims)), ...Object.keys(colours)])),
    [claims, colours],
  );
  const recolour = (tag: string, colour: string) =>
    void changePreferences({ tagColours: withTagColour(colours, tag, (colour || null) as TagColour | null) });
  return (
    <fieldset className="form-field preferences-section">
      <legend>Tag colours</legend>
      {tags.length === 0 ? (
        <p className="hint">Tags you add to claims appear here, to be given a colour.</p>
      ) : (
        <ul className="tag-colour-list">
          {tags.map((tag) => (
            <li key={tag}>
              <TagChip tag={tag} />
              <select
                aria-label={`Colour for tag ${tag}`}
                value={tagColourOf(colours, tag) ?? ''}
                onChange={(event) => recolour(tag, event.target.value)}
              >
                <option value="">No colour</option>
                {TAG_COLOURS.map((colour) => (
                  <option key={colour} value={colour}>
                    {TAG_COLOUR_LABELS[colour]}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
