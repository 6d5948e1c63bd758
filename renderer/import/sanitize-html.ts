import DOMPurify from 'dompurify';
import { safeExternalUrl } from '../../shared/util/safe-url';
import { flattenDeepHtml } from './flatten-deep-html';
import { PAGE_SECTION_TAGS } from './page-section-tags';

/**
 * Pasted or imported HTML, reduced to what an article needs: blocks (a
 * page's sections and figures among them), lists, links and emphasis.
 * Scripts, event handlers, styles, images, frames and any link that is not
 * http(s) or mailto are removed before Lexical sees it.
 */
const ALLOWED_TAGS = [
  'p',
  'div',
  ...PAGE_SECTION_TAGS,
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
