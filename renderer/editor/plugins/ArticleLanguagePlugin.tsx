import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { articleLanguage } from '../../../shared/article/article-language';
import { factdesk } from '../../factdesk';

/** Enough of the article to tell its language; reading a 100,000-word article each time would be waste. */
const SAMPLE_CHARS = 6000;
const SETTLE_MS = 1500;

function $sample(): string {
  let text = '';
  for (const block of $getRoot().getChildren()) {
    text += `${block.getTextContent()}\n`;
    if (text.length >= SAMPLE_CHARS) break;
  }
  return text;
}

/**
 * The article's language, guessed from its text when it opens and again once
 * typing or pasting settles: the spellchecker checks in that language (main),
 * and the text carries it as `lang` (screen readers, hyphenation).
 */
export function ArticleLanguagePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let current: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const language = articleLanguage(editor.getEditorState().read($sample));
      if (language === current) return;
      current = language;
      const root = editor.getRootElement();
      if (language) root?.setAttribute('lang', language);
      else root?.removeAttribute('lang');
      void factdesk.setSpellcheckLanguage(language);
    };
    check();
    const stop = editor.registerTextContentListener(() => {
      clearTimeout(timer);
      timer = setTimeout(check, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [editor]);
  return null;
}
