import type { Article } from '../../../shared/project/schema';
import { useOpenDocument } from '../../project/document-store';
import { updateArticleMeta } from '../../project/project-changes';

/** The article's text fields (an article may also hold fields this version does not know). */
type MetaField = keyof Pick<Article, 'title' | 'outlet' | 'byline' | 'publishedDate' | 'url'>;

const FIELDS: { key: MetaField; label: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'byline', label: 'Byline' },
  { key: 'publishedDate', label: 'Published', type: 'date' },
  { key: 'url', label: 'URL', type: 'url' },
];

/**
 * Each field selects its own string, never the article: an article object
 * kept in a rendered fiber would keep the body it was opened with alive
 * (megabytes), long after the editor took it over.
 */
function MetaInput({ field }: { field: (typeof FIELDS)[number] }) {
  const value = useOpenDocument((doc) => doc!.project.article[field.key]);
  return (
    <label className={`meta-field meta-${field.key}`}>
      <span>{field.label}</span>
      <input
        type={field.type ?? 'text'}
        value={value}
        placeholder={field.key === 'title' ? 'Article title' : ''}
        onChange={(event) => updateArticleMeta({ [field.key]: event.target.value })}
      />
    </label>
  );
}

export function ArticleMetaForm() {
  return (
    <form className="article-meta" aria-label="Article details" onSubmit={(event) => event.preventDefault()}>
      {FIELDS.map((field) => (
        <MetaInput key={field.key} field={field} />
      ))}
    </form>
  );
}
