/**
 * `--name value` / `--name=value` options and positional arguments, for the
 * commands that take several valued options. Returns a message for the
 * usage line on anything unknown or missing.
 */
export interface ParsedArgs {
  values: Map<string, string>;
  positional: string[];
}

export function parseArgs(args: string[], valued: readonly string[]): ParsedArgs | string {
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg.slice(2) : arg.slice(2, equals);
    if (!valued.includes(name)) return `unknown option “${arg}”`;
    const value = equals === -1 ? args[(index += 1)] : arg.slice(equals + 1);
    if (value === undefined || value === '') return `--${name} needs a value`;
    values.set(name, value);
  }
  return { values, positional };
}
