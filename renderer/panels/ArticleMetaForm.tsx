import type { Article } from '../../shared/schema';
import { documentStore, updateArticleMeta } from '../state/document-store';
import { useStore } from '../state/store';

type MetaField = Exclude<keyof Article, 'body'>;

const FIELDS: { key: MetaField; label: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'byline', label: 'Byline' },
  { key: 'publishedDate', label: 'Published', type: 'date' },
  { key: 'url', label: 'URL', type: 'url' },
];

export function ArticleMetaForm() {
  const article = useStore(documentStore, (doc) => doc!.project.article);
  return (
    <form className="article-meta" aria-label="Article details" onSubmit={(event) => event.preventDefault()}>
      {FIELDS.map((field) => (
        <label key={field.key} className={`meta-field meta-${field.key}`}>
          <span>{field.label}</span>
          <input
            type={field.type ?? 'text'}
            value={article[field.key]}
            placeholder={field.key === 'title' ? 'Article title' : ''}
            onChange={(event) => updateArticleMeta({ [field.key]: event.target.value })}
          />
        </label>
      ))}
    </form>
  );
}
