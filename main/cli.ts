import { exportCommand } from './cli/export';
import { processIo, type CliIo } from './cli/io';
import { validateCommand } from './cli/validate';

const USAGE = `usage: factdesk <command> [options]

commands:
  validate FILE     check a .factdesk project and print a one-line summary
  export PROJECT    write a report: --format html|pdf|md|csv|claimreview|annotations [-o FILE]
                    (factdesk export --help for the options)`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  export: (args, io) => exportCommand(args, io),
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
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
