import { useState } from 'react';
import { useTagChipClass } from './TagChip';

/** Free tags as removable chips, with autocomplete from the project's existing tags. */
export function TagEditor({
  tags,
  known,
  listId,
  onChange,
}: {
  tags: string[];
  known: string[];
  listId: string;
  onChange: (tags: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const chipClass = useTagChipClass();
  const add = () => {
    const tag = draft.trim().replace(/^#/, '');
    setDraft('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  return (
    <div className="tag-editor">
      <ul className="tag-chips" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className={chipClass(tag)}>
            #{tag}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        aria-label="Add tag"
        placeholder="Add tag…"
        list={listId}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === ',') {
            event.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      <datalist id={listId}>
        {known
          .filter((tag) => !tags.includes(tag))
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
