import { Worker } from 'node:worker_threads';
import { DEFAULT_EXTRACTION_LIMITS, ExtractionLimitError, type ExtractionLimits } from './limits';
import type { ExtractRequest, JobName, JobResult, WorkerMessage } from './jobs';
import { extractionWorkerScript } from './worker-script';

/**
 * Runs one extraction in a worker thread, so main's event loop stays free
 * (the window keeps its answers, timers keep firing) however long a document
 * takes. The worker is stopped at the time limit, when the process has grown
 * by more than the memory limit (checked from here, every tenth of a second:
 * a worker's heap limit does not count the buffers a decoder holds), or when
 * `signal` aborts (the user's Cancel). A worker that finished its job is kept
 * for the next one for a while (starting one costs a few hundred ms).
 */

export interface ExtractionOptions {
  limits?: ExtractionLimits;
  signal?: AbortSignal;
  /** 0 to 1, as the worker gets through the document (pages of a PDF). */
  onProgress?: (fraction: number) => void;
}

const MB = 1024 * 1024;
const MEMORY_CHECK_MS = 100;
const IDLE_WORKER_MS = 30_000;

function limitMessage(kind: 'time' | 'memory' | 'cancelled', limits: ExtractionLimits): string {
  if (kind === 'time')
    return `reading it took longer than ${(limits.timeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} seconds, the limit`;
  if (kind === 'memory') return `reading it needed more memory than Factdesk allows (${limits.maxMemoryMb} MB)`;
  return 'the import was cancelled';
}

/** The worker kept between jobs: it idles unreferenced (it keeps no process alive) and is ended after a while. */
let idle: { worker: Worker; memoryMb: number; timer: NodeJS.Timeout } | null = null;

function takeWorker(memoryMb: number): Worker {
  if (idle?.memoryMb === memoryMb) {
    const { worker, timer } = idle;
    idle = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  return new Worker(extractionWorkerScript(), { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
}

function keepForNextJob(worker: Worker, memoryMb: number): void {
  worker.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  worker.unref();
  if (idle) void idle.worker.terminate();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    void worker.terminate();
  }, IDLE_WORKER_MS);
  timer.unref();
  idle = { worker, memoryMb, timer };
  worker.once('exit', () => {
    if (idle?.worker === worker) idle = null;
  });
}

export function runExtraction<J extends JobName>(
  job: J,
  bytes: Uint8Array,
  extension: string,
  options: ExtractionOptions = {},
): Promise<JobResult<J>> {
  const limits = options.limits ?? DEFAULT_EXTRACTION_LIMITS;
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted)
      return reject(new ExtractionLimitError('cancelled', limitMessage('cancelled', limits)));
    const worker = takeWorker(limits.maxMemoryMb);
    const baseline = process.memoryUsage.rss();
    let settled = false;
    const finish = (keepWorker: boolean, outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(memoryCheck);
      options.signal?.removeEventListener('abort', onAbort);
      if (keepWorker) keepForNextJob(worker, limits.maxMemoryMb);
      else void worker.terminate();
      outcome();
    };
    const stop = (kind: 'time' | 'memory' | 'cancelled') =>
      finish(false, () => reject(new ExtractionLimitError(kind, limitMessage(kind, limits))));
    const onAbort = () => stop('cancelled');
    const timer = setTimeout(() => stop('time'), limits.timeoutMs);
    const memoryCheck = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > limits.maxMemoryMb * MB) stop('memory');
    }, MEMORY_CHECK_MS);
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', (message: WorkerMessage<J>) => {
      if (message.type === 'progress') options.onProgress?.(message.fraction);
      else if (message.type === 'done') finish(true, () => resolve(message.value));
      // A document that passed a limit may have left the worker holding much: it is not reused.
      else
        finish(!message.limit, () =>
          reject(message.limit ? new ExtractionLimitError(message.limit, message.message) : new Error(message.message)),
        );
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') stop('memory');
      else finish(false, () => reject(error));
    });
    worker.on('exit', () => finish(false, () => reject(new Error('the reader stopped unexpectedly'))));
    const request: ExtractRequest = { job, extension, bytes, limits };
    worker.postMessage(request);
  });
}
