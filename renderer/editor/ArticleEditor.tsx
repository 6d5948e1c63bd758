import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useMemo } from 'react';
import type { ArticleBody } from '../../shared/schema';
import { showNotice } from '../state/ui-store';
import { ARTICLE_NODES, ARTICLE_THEME } from './editor-config';
import { FormattingToolbar } from './FormattingToolbar';
import { BodyProviderPlugin } from './plugins/BodyProviderPlugin';
import { safeExternalUrl } from '../../shared/safe-url';

export function ArticleEditor({ body }: { body: ArticleBody }) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'factdesk-article',
      nodes: [...ARTICLE_NODES],
      theme: ARTICLE_THEME,
      editorState: JSON.stringify(body),
      onError: (error: Error) => showNotice('error', `The editor hit a problem: ${error.message}`),
    }),
    // The body is read once per open; the editor owns it afterwards.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <FormattingToolbar />
      <div className="editor-scroll">
        <div className="editor-page">
          <RichTextPlugin
            contentEditable={<ContentEditable className="article-editor" aria-label="Article text" spellCheck />}
            placeholder={<div className="editor-placeholder">Paste or type the article here…</div>}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <LinkPlugin validateUrl={(url) => safeExternalUrl(url) !== null} />
      <BodyProviderPlugin />
    </LexicalComposer>
  );
}
