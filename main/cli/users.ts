import path from 'node:path';
import { COLLAB_ROLES, isCollabRole } from '../../shared/collab/roles';
import { UserNameTaken, UserStore } from '../server/user-store';
import type { CliIo } from './io';
import { parseArgs } from './options';
import { DEFAULT_DATA_DIR } from './serve';

const USAGE = `usage: factdesk users add NAME --role ${COLLAB_ROLES.join('|')} [--data DIR]   prints the user's access token
       factdesk users list [--data DIR]
       factdesk users remove NAME [--data DIR]                          revokes the user's token at once
  --data   the server's data folder (default ./factdesk-server)`;

const MAX_NAME = 100;

function nameProblem(name: string): string | null {
  if (name.trim() !== name || name.length === 0) return 'a name cannot be empty or start or end with spaces';
  if (name.length > MAX_NAME) return `a name is at most ${MAX_NAME} characters`;
  if ([...name].some((char) => char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127))
    return 'a name cannot hold control characters';
  return null;
}

type Verb = (store: UserStore, positional: string[], role: string | undefined, io: CliIo) => number | string;

const add: Verb = (store, [name, ...extra], role, io) => {
  if (name === undefined || extra.length > 0) return 'give one NAME (quote a name with spaces)';
  const problem = nameProblem(name);
  if (problem) return problem;
  if (role === undefined || !isCollabRole(role)) return `--role must be one of ${COLLAB_ROLES.join(', ')}`;
  let token: string;
  try {
    token = store.add(name, role);
  } catch (error) {
    if (!(error instanceof UserNameTaken)) throw error;
    io.err(`factdesk users: there is already a user named “${name}” (remove them first to give them a new token)`);
    return 1;
  }
  io.err(`Added ${name} (${role}). Their access token, shown only now:`);
  io.out(token);
  return 0;
};

const list: Verb = (store, positional, role, io) => {
  if (positional.length > 0 || role !== undefined) return 'list takes no arguments';
  const users = store.list();
  if (users.length === 0) io.out('No users yet: factdesk users add NAME --role ROLE');
  for (const user of users) io.out(`${user.name}\t${user.role}\tadded ${user.createdAt}`);
  return 0;
};

const remove: Verb = (store, [name, ...extra], role, io) => {
  if (name === undefined || extra.length > 0 || role !== undefined) return 'give one NAME';
  if (!store.remove(name)) {
    io.err(`factdesk users: no user named “${name}”`);
    return 1;
  }
  io.out(`Removed ${name}: their token is refused from now on.`);
  return 0;
};

const VERBS: Record<string, Verb> = { add, list, remove };

export async function usersCommand(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const [verbName, ...rest] = args;
  const parsed = parseArgs(rest, ['role', 'data']);
  const verb = verbName !== undefined && Object.hasOwn(VERBS, verbName) ? VERBS[verbName] : undefined;
  if (!verb || typeof parsed === 'string') {
    io.err(`${typeof parsed === 'string' ? `factdesk users: ${parsed}\n` : ''}${USAGE}`);
    return 2;
  }
  const store = UserStore.open(path.resolve(parsed.values.get('data') ?? DEFAULT_DATA_DIR));
  try {
    const result = verb(store, parsed.positional, parsed.values.get('role'), io);
    if (typeof result === 'number') return result;
    io.err(`factdesk users ${verbName}: ${result}\n${USAGE}`);
    return 2;
  } finally {
    store.close();
  }
}
