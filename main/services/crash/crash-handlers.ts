import type { WindowErrorReportData } from '../../../shared/api';
import type { CrashLog } from './crash-log';

/** The API methods for the crash log, Electron-free like the rest of handlers.ts. */

interface CrashDeps {
  crashLog: CrashLog;
  /** Open a file in the system's default app (Electron's shell.openPath): '' or a problem. */
  openPath: (filePath: string) => Promise<string>;
}

export function createCrashHandlers({ crashLog, openPath }: CrashDeps) {
  return {
    async reportWindowError(report: WindowErrorReportData): Promise<void> {
      // Recording a crash must never cause another: a log that cannot be written is let go.
      await crashLog
        .append('An error stopped the window', {
          message: report.message,
          stack: report.stack,
          'component stack': report.componentStack,
        })
        .catch(() => undefined);
    },
    async openCrashLog(): Promise<{ ok: true } | { ok: false; message: string }> {
      const problem = await crashLog.ensureExists().then(
        () => openPath(crashLog.file),
        (error: Error) => error.message,
      );
      return problem
        ? { ok: false, message: `Could not open the crash log (${crashLog.file}): ${problem}` }
        : { ok: true };
    },
  };
}
