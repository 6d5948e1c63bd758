/**
 * The project path given on the command line, if any. In development Electron
 * runs as `electron . -- FILE` (argv[1] is the app folder); packaged, as
 * `Factdesk FILE`. Flags (Chromium's or ours) are skipped.
 */
export function projectPathFromArgv(argv: readonly string[], isPackaged: boolean): string | null {
  const args = argv.slice(isPackaged ? 1 : 2);
  return args.find((arg) => arg !== '' && !arg.startsWith('-')) ?? null;
}
