import type * as Y from 'yjs';

/**
 * A shared project's source texts travel in a Hocuspocus document of their
 * own, next to the project document: `<documentId>/sources`. The project
 * document keeps each source's record (its details, `sources`), so neither
 * it nor the file's Yjs state grows with the texts; the texts document is
 * fetched only while the project is shared (docs/collaboration.md).
 *
 * Its one top-level type, `texts`, maps a source id to the source's text as
 * a plain string: a source's text is frozen when it is added, so it is set
 * once and never edited (two copies setting the same source's text set the
 * same string). The server's roles apply to it as to the project document:
 * a reader's connection is read-only, so a reader adds nothing.
 */
export const SOURCE_TEXTS_TYPE = 'texts';

/** The server's name for a project's texts document. */
export const sourceTextsDocumentName = (documentId: string): string => `${documentId}/sources`;

export const sourceTextsOf = (doc: Y.Doc): Y.Map<string> => doc.getMap<string>(SOURCE_TEXTS_TYPE);

/** Puts a source's text in, unless it is there already (texts never change); empty texts are not sent. */
export function offerSourceText(doc: Y.Doc, sourceId: string, text: string, origin: unknown = null): boolean {
  const texts = sourceTextsOf(doc);
  if (text === '' || texts.has(sourceId)) return false;
  doc.transact(() => texts.set(sourceId, text), origin);
  return true;
}

export function sharedSourceText(doc: Y.Doc, sourceId: string): string | undefined {
  const text = sourceTextsOf(doc).get(sourceId);
  return typeof text === 'string' ? text : undefined;
}
