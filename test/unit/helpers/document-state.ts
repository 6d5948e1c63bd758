/**
 * A saved project file's text without its document state (`documentId`,
 * `yjs`), which an open adds to a file that had none: for tests about the
 * readable part, byte for byte.
 */
export function withoutDocumentState(text: string): string {
  const { documentId: _id, yjs: _state, ...readable } = JSON.parse(text) as Record<string, unknown>;
  return `${JSON.stringify(readable, null, 2)}\n`;
}
