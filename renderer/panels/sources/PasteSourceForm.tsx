import { useMemo, useState, type FormEvent } from 'react';
import { recogniseSourceText } from '../../../shared/article/structure/recognise';
import type { ArticleFields } from '../../../shared/article/structure/article-fields';

/** Recognition reads the opening of the text only: a headline, byline and date sit at the top. */
const RECOGNISED_CHARS = 20_000;

export interface PastedSource {
  title: string;
  outlet: string;
  author: string;
  publishedDate: string;
  text: string;
}

/**
 * A source's text pasted in: its title and outlet (or author) filled from the text itself as it arrives, as an
 * imported file's are, until the checker types their own; the byline and date found go with it, said under the text.
 */
export function PasteSourceForm({
  onAdd,
  onInvalid,
}: {
  onAdd: (draft: PastedSource) => void;
  onInvalid: (message: string) => void;
}) {
  const [typedTitle, setTypedTitle] = useState<string | null>(null);
  const [typedOutlet, setTypedOutlet] = useState<string | null>(null);
  const [text, setText] = useState('');
  const found = useMemo(() => recogniseSourceText(text.slice(0, RECOGNISED_CHARS)), [text]);
  const title = typedTitle ?? found.title;
  const outlet = typedOutlet ?? (found.outlet || found.byline);
  const author = found.byline !== outlet ? found.byline : '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return onInvalid('Paste the text of the source first.');
    onAdd({ title, outlet, author, publishedDate: found.publishedDate, text: text.trim() });
  };
  const filled = filledFromText(found, { title: typedTitle === null, outlet: typedOutlet === null });
  return (
    <form id="paste-source-form" className="source-form" onSubmit={submit}>
      <label>
        <span>Title</span>
        <input value={title} onChange={(event) => setTypedTitle(event.target.value)} data-autofocus />
      </label>
      <label>
        <span>Outlet or author</span>
        <input value={outlet} onChange={(event) => setTypedOutlet(event.target.value)} />
      </label>
      <label>
        <span>Text</span>
        <textarea rows={10} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <p className="hint" aria-live="polite">
        {filled}
      </p>
    </form>
  );
}

/** "From the text: title, outlet; byline “Laura Kemp”; date 2024-10-09. Check them before adding." */
function filledFromText(found: ArticleFields, untyped: { title: boolean; outlet: boolean }): string {
  const parts = [
    ...(untyped.title && found.title ? ['title'] : []),
    ...(untyped.outlet && found.outlet ? ['outlet'] : []),
    ...(found.byline ? [`byline “${found.byline}”`] : []),
    ...(found.publishedDate ? [`date ${found.publishedDate}`] : []),
  ];
  return parts.length > 0 ? `From the text: ${parts.join('; ')}. Check them before adding.` : '';
}
