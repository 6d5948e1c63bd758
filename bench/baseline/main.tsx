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
 * width. bench/run.ts fetches the article body (serialised editor state)
 * from the bench and calls window.__baseline.mount(body), which mounts the
 * editor with it, as the app mounts its workspace with an opened project.
 */

declare global {
  interface Window {
    __baseline: { mount(body: string): void };
  }
}

function BareEditor({ body }: { body: string }) {
  const initialConfig = {
    namespace: 'bench-baseline',
    editorState: body,
    onError: (error: Error) => console.error(error),
  };
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
  mount(body) {
    root.render(<BareEditor body={body} />);
  },
};
