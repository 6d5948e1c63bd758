import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { createRoot } from 'react-dom/client';
import '../../renderer/styles/base.css';
import '../../renderer/styles/editor.css';
import './baseline.css';

/**
 * The benchmark's baseline: a bare Lexical editor (RichTextPlugin +
 * HistoryPlugin, no marks, no panels) with the app's text styles and page
 * width. bench/run.ts calls window.__baseline.open(), which fetches the
 * article body from the bench (as the app fetches a project over IPC) and
 * mounts the editor with it, as the app mounts its workspace.
 */

declare global {
  interface Window {
    __benchFetchBody(): Promise<string>;
    __baseline: { open(): Promise<void> };
  }
}

function BareEditor({ body }: { body: string }) {
  const initialConfig = { namespace: 'bench-baseline', editorState: body, onError: (error: Error) => console.error(error) };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-scroll">
        <div className="editor-page">
          <RichTextPlugin
            contentEditable={<ContentEditable className="article-editor" aria-label="Article text" spellCheck />}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <HistoryPlugin />
    </LexicalComposer>
  );
}

const root = createRoot(document.getElementById('root')!);

window.__baseline = {
  async open() {
    const body = await window.__benchFetchBody();
    root.render(<BareEditor body={body} />);
  },
};
