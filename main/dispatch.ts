import { API, type ApiHandlers, type ApiMethod } from '../shared/api';
import { formatIssuePath } from '../shared/project/project-file';

export class InvalidCallError extends Error {}

export function isApiMethod(method: unknown): method is ApiMethod {
  return typeof method === 'string' && Object.hasOwn(API, method);
}

/**
 * Check a call against the contract and run it. Used by main/ipc.ts and by
 * the e2e harness, so both refuse exactly the same malformed calls.
 */
export async function dispatchCall(handlers: ApiHandlers, method: unknown, args: unknown): Promise<unknown> {
  if (!isApiMethod(method)) throw new InvalidCallError(`Unknown method ${JSON.stringify(method)}`);
  const parsed = API[method].args.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidCallError(`Invalid arguments for ${method}: ${formatIssuePath(issue.path)}: ${issue.message}`);
  }
  // The table's schema for `method` made these arguments: they are that handler's parameters.
  const handler = handlers[method] as (...args: unknown[]) => Promise<unknown>;
  return handler(...parsed.data);
}
