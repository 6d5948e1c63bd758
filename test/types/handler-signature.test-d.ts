import type { WebContents } from 'electron';
import { apiHandlers, type ApiHandlers, type FactdeskApi, type OpenResult } from '../../shared/api';
import { sendEvent } from '../../main/shell/send-event';

/**
 * Type tests, run by `npm run typecheck` (tsc, test/tsconfig.json): each
 * `@ts-expect-error` line must be a type error, or tsc fails with "Unused
 * '@ts-expect-error' directive". The handler tables are checked with the
 * apiHandlers(...) that main/handlers.ts uses; nothing here runs.
 */

declare const handlers: ApiHandlers;

// The whole table, right: compiles.
apiHandlers({ ...handlers });
apiHandlers({ ...handlers, readSourceText: async (session: string, sourceId: string) => `${session}:${sourceId}` });

apiHandlers({
  ...handlers,
  // @ts-expect-error A parameter of the wrong type (the call sends a path, a string).
  openProjectPath: async (filePath: number) => handlers.openProjectPath(String(filePath)),
});

apiHandlers({
  ...handlers,
  // @ts-expect-error A result of the wrong type (the window expects the text or null).
  readSourceText: async (_session: string, _sourceId: string) => 42,
});

apiHandlers({
  ...handlers,
  // @ts-expect-error Fewer parameters than the call sends: this would read the session token as the source id.
  readSourceText: async (sourceId: string) => sourceId,
});

apiHandlers({
  ...handlers,
  // @ts-expect-error More parameters than the call sends.
  acceptReload: async (session: string, force: boolean) => force && session !== '',
});

apiHandlers({
  ...handlers,
  // @ts-expect-error A method with no arguments given a handler that wants one.
  getAboutInfo: async (verbose: boolean) => handlers.getAboutInfo(...(verbose ? [] : [])),
});

const { cancelImport: _dropped, ...missingOne } = handlers;
// @ts-expect-error A method without a handler.
apiHandlers(missingOne);

// The window's side: arguments and results come from the same table.
declare const factdesk: FactdeskApi;
export async function windowSide(): Promise<void> {
  const opened: OpenResult = await factdesk.openProjectPath('/news/ferry.factdesk');
  // @ts-expect-error readSourceText takes the session and the source's id.
  await factdesk.readSourceText('session');
  // @ts-expect-error Its answer is the text or null, not a number.
  const length: number = await factdesk.readSourceText('session', 'source-1');
  // SaveRequest's `overwrite` has a default: the window may leave it out.
  const project = opened.ok ? opened.project : null;
  if (project) await factdesk.saveProject({ path: null, session: 's', project, suggestedName: 'Ferry' });
  void length;
}

// Events main sends: the payload is the one API_EVENTS declares for the event.
declare const contents: WebContents;
sendEvent(contents, 'importProgress', { fraction: 0.5 });
sendEvent(contents, 'menuCommand', 'file.save');
// @ts-expect-error importProgress carries a fraction, as a number.
sendEvent(contents, 'importProgress', { fraction: 'half' });
// @ts-expect-error Not a command of shared/settings/commands.ts.
sendEvent(contents, 'menuCommand', 'file.explode');
// @ts-expect-error No such event.
sendEvent(contents, 'projectExploded', null);
