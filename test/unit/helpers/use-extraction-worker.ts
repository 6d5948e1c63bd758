import { inject } from 'vitest';
import { useExtractionWorkerScript } from '../../../main/formats/extraction/worker-script';

// Vitest setup file: every test file reads documents with the worker bundle built by build-extraction-worker.ts.
useExtractionWorkerScript(inject('extractionWorker'));
