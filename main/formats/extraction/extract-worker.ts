import { parentPort } from 'node:worker_threads';
import { JOBS, type ExtractRequest, type JobName, type WorkerMessage } from './jobs';
import { ExtractionLimitError } from './limits';

/** The extraction worker's entry (bundled on its own by main/build.mjs): requests one at a time, each answered once. */
const port = parentPort!;
// Readers (pdfjs) write warnings to the console: they must not reach the CLI's output or the app's log.
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) console[method] = () => undefined;
const send = (message: WorkerMessage<JobName>) => port.postMessage(message);

port.on('message', (request: ExtractRequest) => {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  JOBS[request.job](bytes, request.extension, request.limits, (fraction) => send({ type: 'progress', fraction })).then(
    (value) => send({ type: 'done', value }),
    (error: unknown) =>
      send({
        type: 'failed',
        limit: error instanceof ExtractionLimitError ? error.kind : null,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
