import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, each shown to fire: a fixture file (code and the path it is linted
 * as) that breaks the rule must get its error, and a file that keeps to it must lint clean.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });

async function problemsOf(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const RULE = '@typescript-eslint/no-restricted-imports';

/** [file, code, what the error says]: each must be refused with that reason. */
const BROKEN: [file: string, code: string, reason: string][] = [
  ['shared/fixture.ts', "import { readFileSync } from 'node:fs';", 'no node built-ins'],
  ['shared/report/fixture.ts', "import path from 'path';", 'no node built-ins'],
  ['shared/fixture.ts', "import { app } from 'electron';", 'only main/shell/ talks to Electron'],
  ['shared/fixture.ts', "import { useState } from 'react';", 'no React'],
  ['shared/fixture.ts', "import { createRoot } from 'react-dom/client';", 'no React'],
  ['shared/fixture.ts', "import type { InitialConfigType } from '@lexical/react/LexicalComposer';", 'no React'],
  ['shared/fixture.ts', "import DOMPurify from 'dompurify';", 'no modules that need one'],
  ['shared/fixture.ts', "import { $generateHtmlFromNodes } from '@lexical/html';", 'no modules that need one'],
  ['shared/fixture.ts', "import { $getRoot } from 'lexical';", 'only as `import type`'],
  ['shared/fixture.ts', "import { $isMarkNode } from '@lexical/mark';", 'only as `import type`'],
  ['shared/fixture.ts', "import { FORMATS } from '../../../../main/formats/formats';", 'imports neither'],
  ['shared/anchoring/fixture.ts', "import { factdesk } from '../../../../renderer/factdesk';", 'imports neither'],
  ['shared/fixture.ts', "export { SIZE_LIMITS } from '../../../../main/formats/size-limits';", 'imports neither'],
  ['renderer/fixture.ts', "import { readFile } from 'node:fs/promises';", 'no node built-ins'],
  ['renderer/panels/fixture.tsx', "import os from 'os';", 'no node built-ins'],
  ['renderer/panels/fixture.tsx', "import { ipcRenderer } from 'electron';", 'only main/shell/ talks to Electron'],
  [
    'renderer/fixture.ts',
    "import { createHandlers } from '../../../../main/handlers';",
    'only through window.factdesk',
  ],
  [
    'renderer/editor/claims/fixture.ts',
    "import type { Dialogs } from '../../../../main/handlers';",
    'only through window.factdesk',
  ],
  ['main/fixture.ts', "import { app } from 'electron';", 'only main/shell/ talks to Electron'],
  ['main/services/fixture.ts', "import { dialog } from 'electron/main';", 'only main/shell/ talks to Electron'],
  ['main/project/fixture.ts', "import Store from 'electron-store';", 'only main/shell/ talks to Electron'],
  ['main/formats/fixture.ts', "import { autoUpdater } from 'electron-updater';", 'only main/shell/ talks to Electron'],
  [
    'renderer/state/fixture.ts',
    "import { SET_VERDICT_COMMAND } from '../../../../renderer/editor/claims/claim-commands';",
    'never import upward',
  ],
  [
    'renderer/state/fixture.ts',
    "import { ClaimsPanel } from '../../../../renderer/panels/claims/ClaimsPanel';",
    'never import upward',
  ],
  [
    'renderer/project/slices/fixture.ts',
    "import { readerPlace } from '../../../../renderer/editor/reader-place';",
    'never import upward',
  ],
  [
    'renderer/project/fixture.ts',
    "import type { ClaimCardProps } from '../../../../renderer/panels/claims/ClaimCard';",
    'never import upward',
  ],
  // The folders below the editor keep the renderer's own rules too.
  ['renderer/state/fixture.ts', "import { app } from 'electron';", 'only main/shell/ talks to Electron'],
  ['renderer/project/fixture.ts', "import { readFileSync } from 'fs';", 'no node built-ins'],
  [
    'renderer/project/fixture.ts',
    "import { openProjectFile } from '../../../../main/project/open-project-file';",
    'only through window.factdesk',
  ],
];

/** [file, code]: each keeps to the rules of its folder. */
const CLEAN: [file: string, code: string][] = [
  [
    'shared/fixture.ts',
    "import type { LexicalNode } from 'lexical';\nimport type { MarkNode } from '@lexical/mark';\nimport { z } from 'zod';\nimport { escapeHtml } from '../../../../shared/report/escape';\nexport type Node = LexicalNode | MarkNode;\nexport const text = z.string().transform(escapeHtml);",
  ],
  [
    'renderer/panels/fixture.tsx',
    "import { useState } from 'react';\nimport { LexicalComposer } from '@lexical/react/LexicalComposer';\nimport { escapeHtml } from '../../../../shared/report/escape';\nimport { SET_VERDICT_COMMAND } from '../../../../renderer/editor/claims/claim-commands';\nexport const parts = [useState, LexicalComposer, escapeHtml, SET_VERDICT_COMMAND];",
  ],
  [
    'renderer/state/fixture.ts',
    "import { factdesk } from '../../../../renderer/factdesk';\nimport { htmlChunks } from '../../../../renderer/import/html-chunks';\nexport const parts = [factdesk, htmlChunks];",
  ],
  [
    'main/formats/fixture.ts',
    "import { readFile } from 'node:fs/promises';\nimport { escapeHtml } from '../../../../shared/report/escape';\nexport const parts = [readFile, escapeHtml];",
  ],
  [
    'main/shell/fixture.ts',
    "import { app, BrowserWindow } from 'electron';\nimport Store from 'electron-store';\nexport const parts = [app, BrowserWindow, Store];",
  ],
  [
    'test/unit/fixture.test.ts',
    "import { readFileSync } from 'node:fs';\nimport { app } from 'electron';\nexport const parts = [readFileSync, app];",
  ],
];

describe('layer rules (eslint.config.js)', () => {
  it.each(BROKEN)('%s: refuses %s', async (file, code, reason) => {
    // The fixtures' imports go unused: only the layer rule's errors count here.
    const refused = (await problemsOf(file, code)).filter((problem) => problem.startsWith(`${RULE}:`));
    expect(refused).toEqual([expect.stringContaining(reason)]);
  });

  it.each(CLEAN)('%s: lets a file that keeps to its rules through', async (file, code) => {
    expect(await problemsOf(file, code)).toEqual([]);
  });
});
