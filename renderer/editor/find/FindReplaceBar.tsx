import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isTextNode, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { commands } from '../../commands/command-registry';
import { $findMatches, type TextMatch } from './text-matches';

const ALL = 'article-find';
const CURRENT = 'article-find-current';

function domRangeOf(editor: LexicalEditor, match: TextMatch): Range | null {
  const text = editor.getElementByKey(match.key)?.firstChild;
  if (!text || text.nodeType !== Node.TEXT_NODE) return null;
  const range = document.createRange();
  range.setStart(text, Math.min(match.offset, text.textContent!.length));
  range.setEnd(text, Math.min(match.offset + match.length, text.textContent!.length));
  return range;
}

function paint(editor: LexicalEditor, matches: TextMatch[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const all = new Highlight();
  const now = new Highlight();
  matches.forEach((match, index) => {
    const range = domRangeOf(editor, match);
    if (!range) return;
    (index === current ? now : all).add(range);
  });
  CSS.highlights.set(ALL, all);
  CSS.highlights.set(CURRENT, now);
}

function replaceMatches(editor: LexicalEditor, matches: TextMatch[], replacement: string): void {
  editor.update(() => {
    // From the end, so earlier offsets in the same text node stay right.
    for (const match of [...matches].reverse()) {
      const node = $getNodeByKey(match.key);
      if ($isTextNode(node)) node.spliceText(match.offset, match.length, replacement, false);
    }
  });
}

function selectMatch(editor: LexicalEditor, match: TextMatch): void {
  editor.update(() => {
    const node = $getNodeByKey(match.key);
    if ($isTextNode(node)) node.select(match.offset, match.offset + match.length);
  });
}

/** Find (Ctrl/Cmd+F) and replace (Ctrl/Cmd+Alt+F) in the article; matches are highlighted, replacing is undoable. */
export function FindReplaceBar() {
  const [editor] = useLexicalComposerContext();
  const [mode, setMode] = useState<'find' | 'replace' | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matches, setMatches] = useState<TextMatch[]>([]);
  const [current, setCurrent] = useState(0);
  const findField = useRef<HTMLInputElement>(null);

  const open = useCallback((next: 'find' | 'replace') => {
    const inViewer = document.activeElement?.closest('.source-viewer');
    const viewerSearch = inViewer?.querySelector<HTMLInputElement>('input[type="search"]');
    if (next === 'find' && viewerSearch) return viewerSearch.focus();
    // Shown and focused before the shortcut's key press is over: the next key typed goes to the query, never the article.
    flushSync(() => setMode(next));
    findField.current?.focus();
    findField.current?.select();
  }, []);

  useEffect(() => {
    const unbind = [
      commands.bind('edit.find', () => open('find')),
      commands.bind('edit.replace', () => open('replace')),
    ];
    return () => unbind.forEach((fn) => fn());
  }, [open]);

  useEffect(() => {
    if (!mode) return;
    const refresh = () => setMatches(editor.getEditorState().read(() => $findMatches(query)));
    refresh();
    return editor.registerUpdateListener(refresh);
  }, [editor, mode, query]);

  useEffect(() => {
    const index = Math.min(current, Math.max(matches.length - 1, 0));
    paint(editor, mode ? matches : [], index);
    if (mode && matches[index]) editor.getElementByKey(matches[index].key)?.scrollIntoView({ block: 'center' });
  }, [editor, mode, matches, current]);

  useEffect(() => () => void CSS.highlights?.clear(), []);

  if (!mode) return null;
  const step = (by: 1 | -1) =>
    setCurrent((index) => (matches.length ? (index + by + matches.length) % matches.length : 0));
  const index = Math.min(current, Math.max(matches.length - 1, 0));
  // The current match stays selected, so Mark claim (or typing over it) works from the keyboard.
  const close = () => {
    setMode(null);
    CSS.highlights?.delete(ALL);
    CSS.highlights?.delete(CURRENT);
    const match = query ? matches[index] : undefined;
    if (match) selectMatch(editor, match);
    editor.focus();
  };
  return (
    <div
      className="find-bar"
      role="search"
      aria-label="Find in article"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <input
        ref={findField}
        type="search"
        aria-label="Find"
        placeholder="Find in article"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') step(event.shiftKey ? -1 : 1);
        }}
      />
      <span className="find-count" role="status">
        {query ? (matches.length ? `${index + 1} of ${matches.length}` : 'No matches') : ''}
      </span>
      <button type="button" aria-label="Previous match" onClick={() => step(-1)} disabled={!matches.length}>
        ↑
      </button>
      <button type="button" aria-label="Next match" onClick={() => step(1)} disabled={!matches.length}>
        ↓
      </button>
      {mode === 'replace' && (
        <>
          <input
            aria-label="Replace with"
            placeholder="Replace with"
            value={replacement}
            onChange={(event) => setReplacement(event.target.value)}
          />
          <button
            type="button"
            disabled={!matches.length}
            onClick={() => replaceMatches(editor, [matches[index]], replacement)}
          >
            Replace
          </button>
          <button type="button" disabled={!matches.length} onClick={() => replaceMatches(editor, matches, replacement)}>
            Replace all
          </button>
        </>
      )}
      <button type="button" aria-label="Close find" onClick={close}>
        ×
      </button>
    </div>
  );
}
