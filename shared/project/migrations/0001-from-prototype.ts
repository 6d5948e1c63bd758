/**
 * Version 0 -> 1. Version 0 was the team's prototype format: the article body
 * was plain text (`article.text`, paragraphs separated by blank lines) and a
 * claim carried its quote as `claim.text` with character offsets `from`/`to`.
 * Constants are copied here on purpose: a migration never imports live code
 * that may change after it was written.
 */

type Json = Record<string, unknown>;

function textNode(text: string) {
  return { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 };
}

function paragraph(text: string) {
  return {
    type: 'paragraph',
    children: text ? [textNode(text)] : [],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    textFormat: 0,
    textStyle: '',
  };
}

function migrateClaim(claim: Json): Json {
  const { text, from, to, ...rest } = claim;
  const exact = typeof text === 'string' ? text : '';
  const start = typeof from === 'number' ? from : 0;
  const end = typeof to === 'number' ? to : start + exact.length;
  return {
    ...rest,
    markId: rest.markId ?? rest.id,
    anchor: { position: { start, end }, quote: { exact, prefix: '', suffix: '' } },
    // The prototype had no marks in a plain-text body: every claim must be re-anchored.
    orphaned: true,
  };
}

export function migrate0to1(doc: Json): Json {
  const article = (doc.article ?? {}) as Json;
  const { text, ...articleRest } = article;
  const paragraphs =
    typeof text === 'string' ? text.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()) : [];
  const children = (paragraphs.length ? paragraphs : ['']).map(paragraph);
  const claims = Array.isArray(doc.claims) ? (doc.claims as Json[]).map(migrateClaim) : [];
  return {
    ...doc,
    version: 1,
    article: {
      ...articleRest,
      body: { root: { type: 'root', children, direction: null, format: '', indent: 0, version: 1 } },
    },
    claims,
  };
}
