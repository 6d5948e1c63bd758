import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useMemo, type ReactNode } from 'react';
import type { ArticleBody, Claim } from '../../shared/project/schema';
import { showNotice } from '../state/notices-store';
import { ArticleBodyLoader } from './ArticleBodyLoader';
import { ARTICLE_NODES } from '../import/article-nodes';
import { ARTICLE_THEME } from './editor-config';

/**
 * The Lexical context for an open project. It wraps the whole workspace so
 * panels (claim cards) can dispatch editor commands. The body and claims are
 * read once per open; the editor owns them afterwards.
 */
export function ArticleComposer({
  body,
  claims,
  children,
}: {
  body: ArticleBody;
  claims: readonly Claim[];
  children: ReactNode;
}) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'factdesk-article',
      nodes: [...ARTICLE_NODES],
      theme: ARTICLE_THEME,
      // Loaded by ArticleBodyLoader, once the article's node transforms are registered.
      editorState: null,
      onError: (error: Error) => showNotice('error', `The editor hit a problem: ${error.message}`),
    }),
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ArticleBodyLoader body={body} claims={claims} />
      {children}
    </LexicalComposer>
  );
}
