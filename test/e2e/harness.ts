import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Identity } from '../../shared/settings/identity';
import {
  API_METHODS,
  checkedEventPayload,
  type ApiEvent,
  type ApiEventPayloads,
  type ApiMethod,
  type SpellingAtPointer,
} from '../../shared/api';
import { dispatchCall } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers';
import { printOnPage } from '../../main/services/export/chromium-pdf';
import { CONTENT_SECURITY_POLICY } from '../../main/shell/security-policy';
import { JsonSettingsStore } from '../../main/services/settings/json-settings-store';
import { useExtractionWorkerScript } from '../../main/formats/extraction/worker-script';
import { sharedBrowser } from './browser';

/**
 * launchApp: the built renderer in Chromium, with window.factdesk wired to the
 * same createHandlers(...) that main/ipc.ts serves, through the same argument
 * validation. Dialogs are answered by the test. Mirrors the app's app://
 * origin with a fixed https origin answered from dist/renderer.
 */

export const REPO_ROOT = path.resolve(__dirname, '../..');
const RENDERER_DIR = path.join(REPO_ROOT, 'dist', 'renderer');
// Documents are read by the app's own worker bundle (npm run build writes it beside main).
useExtractionWorkerScript(path.join(REPO_ROOT, 'dist', 'main', 'extract-worker.js'));
export const DEMO_PROJECT = path.join(REPO_ROOT, 'demo', 'city-water-demo.factdesk');
export const ORIGIN = 'https://factdesk.app';
export const DEFAULT_IDENTITY: Identity = { name: 'Sam Checker', role: 'checker' };

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

export interface DialogAnswers {
  /** The file chosen in the Open dialog (null = cancelled). */
  openProject?: () => string | null;
  /** The path chosen in the Save dialog (null = cancelled). */
  savePath?: (suggestedName: string) => string | null;
  /** The article file chosen in File → Import Article… (null = cancelled). */
  importArticle?: () => string | null;
  /** The path chosen in the Export report dialog (null = cancelled). */
  exportPath?: (suggestedName: string) => string | null;
  /** The file chosen in the Import source dialog (null = cancelled). */
  sourceFile?: () => string | null;
}

export interface LaunchOptions {
  projectPath?: string;
  userDataDir?: string;
  dialogs?: DialogAnswers;
  platform?: NodeJS.Platform;
  viewport?: { width: number; height: number };
  /** Who is using the app; null = first run (the app asks). Defaults to a fact-checker. */
  identity?: Identity | null;
  /** How often main checks the open file for outside changes. */
  watchIntervalMs?: number;
  /** Install Playwright's clock before the page loads, so a test can jump minutes ahead (page.clock.fastForward). */
  fakeClock?: boolean;
  /**
   * Answer these API methods instead of main's handlers: what a broken main would send the window
   * (e.g. to see the window's error boundary). Called with the call's arguments.
   */
  answers?: Partial<Record<ApiMethod, (...args: unknown[]) => unknown>>;
  /** Bind the editor to the project's Yjs document or not (the switch in renderer/project/document-binding.ts; the app binds by default). */
  documentBinding?: boolean;
  /** What Electron's spellchecker would report for the next right-click (default: nothing misspelled). */
  spellingAtContextMenu?: () => SpellingAtPointer | null;
}

export interface LaunchedApp {
  page: Page;
  userDataDir: string;
  /** Every dialog main was asked to show, in order. */
  dialogCalls: string[];
  /** Files main was asked to open in the system's default app. */
  openedPaths: string[];
  /** Whether the renderer asked main to close the window. */
  windowClosed: () => boolean;
  /** What the window asked of the spellchecker: "add:<word>" and "language:<code>", in order. */
  spellingCalls: string[];
  /** Send an event as main would (menu click, window close button). */
  emit<E extends ApiEvent>(event: E, payload: ApiEventPayloads[E]): Promise<void>;
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
  /** Close the page abruptly, as a crash would: no unsaved-changes prompt, nothing released. */
  crash(): Promise<void>;
}

function bridgeScript(methods: readonly string[]): string {
  return `(() => {
    const listeners = {};
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    const api = {};
    // JSON strings on the wire: Electron's IPC clones with V8's serialiser; Playwright's own
    // serialiser is many times slower on a large project and would stand in for it badly.
    const decode = (answer) => (answer === undefined ? undefined : JSON.parse(answer));
    for (const method of ${JSON.stringify(methods)}) api[method] = (...args) => window.__factdeskInvoke(method, JSON.stringify(args)).then(decode);
    api.on = (event, listener) => {
      (listeners[event] ??= new Set()).add(listener);
      return () => listeners[event].delete(listener);
    };
    Object.defineProperty(window, '__factdeskEmit', { value: (event, payload) => (listeners[event] ?? []).forEach((l) => l(payload)) });
    Object.defineProperty(window, 'factdesk', { value: Object.freeze(api) });
  })();`;
}

/** Answer the app's origin from a built folder (dist/renderer; the bench serves its baseline page the same way). */
export async function serveFolder(context: BrowserContext, folder = RENDERER_DIR): Promise<void> {
  if (!existsSync(path.join(folder, 'index.html')))
    throw new Error(`${path.relative(REPO_ROOT, folder)} is missing: build it first (npm run build)`);
  await context.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const file = path.resolve(folder, `.${decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)}`);
    if (!file.startsWith(folder + path.sep) || !existsSync(file))
      return route.fulfill({ status: 404, body: 'Not found' });
    await route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: {
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    });
  });
  // Like the app, the page may not reach the network.
  await context.route(
    (url) => !url.toString().startsWith(ORIGIN),
    (route) => route.abort('blockedbyclient'),
  );
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'factdesk-user-'));
  const dialogCalls: string[] = [];
  const openedPaths: string[] = [];
  const spellingCalls: string[] = [];
  let closed = false;
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1360, height: 860 } });
  const page = await context.newPage();
  // Checked against the contract as main's sendEvent checks it outside a packaged app.
  const emit = async <E extends ApiEvent>(event: E, payload: ApiEventPayloads[E]) => {
    checkedEventPayload(event, payload);
    await page.evaluate(
      ([e, p]) => (window as unknown as { __factdeskEmit(e: string, p: unknown): void }).__factdeskEmit(e as string, p),
      [event, payload] as const,
    );
  };
  const settings = new JsonSettingsStore(path.join(userDataDir, 'settings.json'));
  if (options.identity !== null && (options.identity || !settings.get('identity')))
    settings.set('identity', options.identity ?? DEFAULT_IDENTITY);
  const handlers = createHandlers({
    dialogs: {
      chooseProjectToOpen: async () => {
        dialogCalls.push('open');
        return options.dialogs?.openProject?.() ?? null;
      },
      chooseSavePath: async (suggestedName) => {
        dialogCalls.push(`save:${suggestedName}`);
        return options.dialogs?.savePath?.(suggestedName) ?? null;
      },
      chooseArticleToImport: async () => {
        dialogCalls.push('import-article');
        return options.dialogs?.importArticle?.() ?? null;
      },
      chooseExportPath: async (suggestedName) => {
        dialogCalls.push(`export:${suggestedName}`);
        return options.dialogs?.exportPath?.(suggestedName) ?? null;
      },
      chooseSourceFile: async () => {
        dialogCalls.push('source');
        return options.dialogs?.sourceFile?.() ?? null;
      },
    },
    settings,
    startupNotices: settings.notice ? [settings.notice] : [],
    clock: () => new Date(),
    platform: options.platform ?? 'linux',
    demoProjectPath: DEMO_PROJECT,
    initialProjectPath: options.projectPath ?? null,
    closeWindow: () => {
      closed = true;
    },
    userDataDir,
    appVersion: 'e2e',
    emit: (event, payload) => {
      checkedEventPayload(event, payload);
      void emit(event, payload).catch(() => undefined);
    },
    watchIntervalMs: options.watchIntervalMs ?? 250,
    // Like the app's hidden print window: Chromium's printer on a page of its own.
    printToPdf: async (html, title) => {
      const printContext = await browser.newContext();
      try {
        return await printOnPage(await printContext.newPage(), html, title);
      } finally {
        await printContext.close();
      }
    },
    openPath: async (filePath) => {
      openedPaths.push(filePath);
      return '';
    },
    // As the app reports them: its own version, the Electron it is built for, and the Chromium it runs in here.
    about: {
      versions: {
        version: JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version,
        electron: JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'))
          .version,
        chromium: browser.version(),
        node: process.versions.node,
      },
      licencesFile: path.join(REPO_ROOT, 'dist', 'licences.json'),
    },
    spelling: {
      atContextMenu: async () => options.spellingAtContextMenu?.() ?? null,
      addToDictionary: (word) => void spellingCalls.push(`add:${word}`),
      setLanguage: (language) => void spellingCalls.push(`language:${language}`),
    },
  });
  await context.exposeBinding('__factdeskInvoke', async (source, method: unknown, args: unknown) => {
    if (source.frame !== page.mainFrame()) throw new Error('Refused: this call did not come from the Factdesk window.');
    const parsedArgs = typeof args === 'string' ? JSON.parse(args) : args;
    const replaced = options.answers?.[method as ApiMethod];
    const answer = replaced
      ? await replaced(...(parsedArgs as unknown[]))
      : await dispatchCall(handlers, method, parsedArgs);
    return answer === undefined ? undefined : JSON.stringify(answer);
  });
  await context.addInitScript({ content: bridgeScript(API_METHODS) });
  // The editor bound to the project's Yjs document (renderer/project/document-binding.ts) is the app's default;
  // `documentBinding: false` or FACTDESK_E2E_DOCUMENT_BINDING=off runs a spec unbound, `on` bound whatever the default.
  const binding = options.documentBinding ?? { on: true, off: false }[process.env.FACTDESK_E2E_DOCUMENT_BINDING ?? ''];
  if (binding !== undefined)
    await context.addInitScript({
      content: `localStorage.setItem('factdesk.documentBinding', '${binding ? 'on' : 'off'}');`,
    });
  await serveFolder(context);
  if (options.fakeClock) await context.clock.install();
  await page.goto(`${ORIGIN}/index.html`);
  return {
    page,
    userDataDir,
    dialogCalls,
    openedPaths,
    spellingCalls,
    windowClosed: () => closed,
    emit,
    cspViolations: () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    close: async () => {
      await handlers.closeProjectFile();
      await context.close();
    },
    crash: () => context.close(),
  };
}
