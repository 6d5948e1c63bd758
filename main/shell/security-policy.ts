/**
 * The renderer's Content-Security-Policy: only our own files; no eval, no
 * remote origins but WebSockets (a shared project's collaboration server, at
 * an address the user gives), no plugins, no framing. Styles allow inline attributes
 * because React and Lexical set element styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
