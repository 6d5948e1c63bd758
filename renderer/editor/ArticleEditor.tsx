import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { safeExternalUrl } from '../../shared/util/safe-url';
import { useArticleArriving } from './article-arrival';
import { ActivityPlugin } from './claims/ActivityPlugin';
import { ClaimClickPlugin } from './claims/ClaimClickPlugin';
import { ClaimCommandsPlugin } from './claims/ClaimCommandsPlugin';
import { ClaimIndexPlugin } from './claims/ClaimIndexPlugin';
import { ClaimMarksPlugin } from './claims/ClaimMarksPlugin';
import { ReanchorPlugin } from './claims/ReanchorPlugin';
import { EditorContextMenu } from './EditorContextMenu';
import { FindReplaceBar } from './find/FindReplaceBar';
import { FormattingToolbar } from './FormattingToolbar';
import { documentBindingOn } from '../project/document-binding';
import { ArticleHistoryPlugin } from './plugins/ArticleHistoryPlugin';
import { ReadOnlyForReadersPlugin } from '../collab/ReadOnlyForReadersPlugin';
import { BodyProviderPlugin } from './plugins/BodyProviderPlugin';
import { ArticleFocusPlugin } from './plugins/ArticleFocusPlugin';
import { ArticleLanguagePlugin } from './plugins/ArticleLanguagePlugin';
import { ReactSelectionScanGuardPlugin } from './plugins/ReactSelectionScanGuardPlugin';
import { ReaderPlacePlugin } from './plugins/ReaderPlacePlugin';
import { SanitizedPastePlugin } from './plugins/SanitizedPastePlugin';
import { SuggestionHighlightsPlugin } from './suggestions/SuggestionHighlightsPlugin';

/** One function for the editor's life: LinkPlugin re-registers (and revisits every node) when it changes. */
const isSafeLinkUrl = (url: string) => safeExternalUrl(url) !== null;

/** The article: formatting toolbar, the editable text, and one plugin per behaviour (lists and nested marks: ArticleBodyLoader). */
export function ArticleEditor() {
  const arriving = useArticleArriving();
  return (
    <>
      <FormattingToolbar />
      <FindReplaceBar />
      <div className="editor-scroll">
        <div className="editor-page">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="article-editor"
                aria-label="Article text"
                spellCheck
                tabIndex={0}
                style={arriving ? { visibility: 'hidden' } : undefined}
              />
            }
            placeholder={
              <div className="editor-placeholder" role={arriving ? 'status' : undefined}>
                {arriving ? 'Opening the article…' : 'Paste or type the article here…'}
              </div>
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <EditorContextMenu />
        </div>
      </div>
      {/* Bound to the project's document, undo is the document's (document-binding-mount.ts). */}
      {documentBindingOn() ? null : <ArticleHistoryPlugin />}
      <LinkPlugin validateUrl={isSafeLinkUrl} />
      <ClaimMarksPlugin />
      <ClaimIndexPlugin />
      <ClaimClickPlugin />
      <ReanchorPlugin />
      <ClaimCommandsPlugin />
      <ActivityPlugin />
      <SuggestionHighlightsPlugin />
      <SanitizedPastePlugin />
      <BodyProviderPlugin />
      <ReactSelectionScanGuardPlugin />
      <ReaderPlacePlugin />
      <ArticleFocusPlugin />
      <ArticleLanguagePlugin />
      <ReadOnlyForReadersPlugin />
    </>
  );
}
