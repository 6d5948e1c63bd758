// Builds the Node-side bundles: the Electron main process, the preload
// script, the command line, and beside main and the CLI the worker both use
// to read documents (main/services/extraction). The renderer is built by Vite.
import { build } from 'esbuild';

const cliOnly = process.argv.includes('--cli-only');
// 'module' first: some packages (jsonc-parser) ship a UMD main that bundlers cannot follow.
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', mainFields: ['module', 'main'] };

const cli = build({
  ...common,
  entryPoints: ['main/cli.ts'],
  outfile: 'dist/cli/factdesk.js',
  format: 'cjs',
  // Loaded only for `export --format pdf`, from node_modules (it cannot be bundled).
  external: ['playwright-core'],
  banner: { js: '#!/usr/bin/env node' },
});

const extractionWorker = (folder) => build({ ...common, entryPoints: ['main/services/extraction/extract-worker.ts'], outfile: `${folder}/extract-worker.js`, format: 'cjs' });

const electronBundles = cliOnly
  ? []
  : [
      build({ ...common, entryPoints: ['main/index.ts'], outfile: 'dist/main/index.js', format: 'cjs', external: ['electron'] }),
      build({ ...common, entryPoints: ['main/preload.ts'], outfile: 'dist/main/preload.js', format: 'cjs', external: ['electron'] }),
      extractionWorker('dist/main'),
    ];

await Promise.all([cli, extractionWorker('dist/cli'), ...electronBundles]);

// npm links the bin at install time; make sure it stays executable after a rebuild.
const { chmodSync } = await import('node:fs');
chmodSync('dist/cli/factdesk.js', 0o755);
