export interface CliIo {
  /** A line for stdout. */
  out(line: string): void;
  /** A line for stderr. */
  err(line: string): void;
  /** Text for stdout as it is (a report), no newline added. */
  print(text: string): void;
}

export interface OutputStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Control characters (and the bidirectional overrides that reorder what is
 * shown) that a project's title or text could use to retitle, recolour or
 * rewrite the user's terminal. Newlines and tabs stay.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const UNSAFE_ON_A_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Shown as escapes: ESC becomes the four characters \x1b. */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE_ON_A_TERMINAL, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Output to a terminal is escaped; to a file or a pipe it is written exactly. */
export function streamIo(stdout: OutputStream, stderr: OutputStream): CliIo {
  const shown = (stream: OutputStream, text: string) => (stream.isTTY ? forTerminal(text) : text);
  return {
    out: (line) => stdout.write(`${shown(stdout, line)}\n`),
    err: (line) => stderr.write(`${shown(stderr, line)}\n`),
    print: (text) => stdout.write(shown(stdout, text)),
  };
}

export const processIo: CliIo = streamIo(process.stdout, process.stderr);
