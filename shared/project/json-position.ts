import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Turn a JSON.parse failure into "line L, column C: what" for people.
 * JSON.parse's own messages differ between engines and often carry no
 * position, so the error is located again with jsonc-parser (strict mode).
 */
export function describeJsonError(text: string): string {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return 'it could not be read as JSON';
  const offset = Math.min(first.offset, text.length);
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}: ${whatWentWrong(text, first)}`;
}

function whatWentWrong(text: string, error: ParseError): string {
  if (error.offset >= text.trimEnd().length) return 'the file ends too early (it may be truncated)';
  const char = text.slice(error.offset, error.offset + 1);
  const found = /\s/.test(char) || char === '' ? '' : ` “${char}”`;
  const expectation = printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `unexpected character${found} (${expectation})`;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
