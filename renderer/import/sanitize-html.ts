import DOMPurify from 'dompurify';
import { safeExternalUrl } from '../../shared/util/safe-url';
import { flattenDeepHtml } from './flatten-deep-html';

/**
 * Pasted or imported HTML, reduced to what an article needs: blocks (a page's
 * sections and figures among them), lists, links and emphasis. Scripts, event handlers, styles, images, frames and any
 * link that is not http(s) or mailto are removed before Lexical sees it.
 */
const ALLOWED_TAGS = [
  'p',
  'div',
  // A web page's sections keep their text on lines of its own: a caption, a date or an aside never runs into the
  // paragraph next to it (Lexical reads each as a block; with no attributes they carry nothing else).
  'article',
  'section',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'address',
  'span',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'b',
  'strong',
  'i',
  'em',
  'u',
];

let hooked = false;

function installLinkHook(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    const safe = href ? safeExternalUrl(href) : null;
    if (safe) node.setAttribute('href', safe);
    else node.removeAttribute('href');
  });
}

export function sanitizeArticleHtml(html: string): string {
  installLinkHook();
  return DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href'], ALLOW_DATA_ATTR: false, KEEP_CONTENT: true });
}

/** Parse sanitised HTML into an inert document (DOMParser runs no scripts and loads nothing), flattened below the depth limit. */
export function parseSanitizedHtml(html: string): Document {
  const document = new DOMParser().parseFromString(sanitizeArticleHtml(html), 'text/html');
  flattenDeepHtml(document.body);
  return document;
}
