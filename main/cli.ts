import { exportCommand } from './cli/export';
import { importAnnotationsCommand } from './cli/import-annotations';
import { mergeCommand } from './cli/merge';
import { processIo, type CliIo } from './cli/io';
import { suggestClaimsCommand } from './cli/suggest-claims';
import { suggestEvidenceCommand } from './cli/suggest-evidence';
import { validateCommand } from './cli/validate';

const USAGE = `usage: factdesk <command> [options]

commands:
  validate FILE     check a .factdesk project and print a one-line summary
  suggest claims FILE [--json] [--min-score X]
                    suggest check-worthy claims in an article (.txt .md .html .docx .factdesk)
  export PROJECT    write a report: --format html|pdf|md|csv|claimreview|annotations [-o FILE]
                    (factdesk export --help for the options)
  merge A.factdesk B.factdesk -o OUT.factdesk
                    merge two copies of one project, keeping every edit of both
  import-annotations PROJECT ANNOTATIONS.jsonld -o OUT.factdesk
                    read an exported Web Annotation collection back onto the article

  suggest evidence --claim "TEXT" [--top K] [--json] SOURCE_FILE...
                    rank the passages of the source files that bear on a claim

  serve [--port N] [--host ADDRESS] [--data DIR] [--redis URL] [--tls-cert FILE --tls-key FILE]
                    run a collaboration server for shared projects (factdesk serve --help)
  users add NAME --role checker|editor|reader | users list | users remove NAME   [--data DIR]
                    manage who may connect to the server, and their access tokens`;

type Command = (args: string[], io: CliIo) => Promise<number>;

/** `factdesk suggest KIND ...`: one entry per kind of suggestion. */
const SUGGEST_COMMANDS: Record<string, Command> = {
  claims: suggestClaimsCommand,
};

const suggestCommand: Command = async ([kind, ...rest], io) => {
  if (!kind || !Object.hasOwn(SUGGEST_COMMANDS, kind)) {
    io.err(`usage: factdesk suggest ${Object.keys(SUGGEST_COMMANDS).join('|')} FILE ...`);
    return 2;
  }
  return SUGGEST_COMMANDS[kind](rest, io);
};

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  suggest: suggestCommand,
  export: exportCommand,
  // Loaded on demand: the server and its native SQLite binding are not needed by the other commands.
  serve: async (args, io) => (await import('./cli/serve')).serveCommand(args, io),
  users: async (args, io) => (await import('./cli/users')).usersCommand(args, io),
  'import-annotations': importAnnotationsCommand,
  merge: mergeCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  if (name === 'suggest' && rest[0] === 'evidence') return suggestEvidenceCommand(rest.slice(1), io);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`factdesk: unknown command “${name}”\n${USAGE}`);
    return 2;
  }
  return command(rest, io);
}

if (process.env.FACTDESK_CLI_NO_AUTORUN !== '1') {
  void runCli(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      processIo.err(`factdesk: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
