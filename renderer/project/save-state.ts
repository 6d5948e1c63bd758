/** How the open project stands against its file, in the header and the status bar alike. */
export function saveStateLabel(dirty: boolean, path: string | null): string {
  if (dirty) return 'Unsaved changes';
  return path ? 'All changes saved' : 'Not saved yet';
}
