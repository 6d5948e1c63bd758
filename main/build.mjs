// Builds the Node-side bundles: the Electron main process, the preload
// script, the command line, and beside main and the CLI the worker both use
// to read documents (main/formats/extraction). The renderer is built by Vite.
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const cliOnly = process.argv.includes('--cli-only');
// 'module' first: some packages (jsonc-parser) ship a UMD main that bundlers cannot follow.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  metafile: true,
  // linkedom (web sources) tries the native `canvas` package and falls back to its own shim; Factdesk never
  // draws, so the shim is bundled and nothing is looked up in node_modules at run time.
  alias: { canvas: './node_modules/linkedom/commonjs/canvas-shim.cjs' },
};

const extractionWorker = (folder) =>
  build({
    ...common,
    entryPoints: ['main/formats/extraction/extract-worker.ts'],
    outfile: `${folder}/extract-worker.js`,
    format: 'cjs',
  });

const bundles = {
  cli: build({
    ...common,
    entryPoints: ['main/cli.ts'],
    outfile: 'dist/cli/factdesk.js',
    format: 'cjs',
    // Loaded only for `export --format pdf`, from node_modules (it drives a browser and cannot be bundled);
    // better-sqlite3 (for `serve` and `users`) is a native module loaded from node_modules.
    external: ['playwright-core', 'better-sqlite3'],
    banner: { js: '#!/usr/bin/env node' },
  }),
  cliWorker: extractionWorker('dist/cli'),
  ...(cliOnly
    ? {}
    : {
        main: build({
          ...common,
          entryPoints: ['main/shell/index.ts'],
          outfile: 'dist/main/index.js',
          format: 'cjs',
          external: ['electron'],
        }),
        preload: build({
          ...common,
          entryPoints: ['main/shell/preload.ts'],
          outfile: 'dist/main/preload.js',
          format: 'cjs',
          external: ['electron'],
        }),
        mainWorker: extractionWorker('dist/main'),
      }),
};

// What each bundle still imports at run time, for test/unit/tooling/packaging.test.ts (not shipped).
mkdirSync('dist/meta', { recursive: true });
for (const [name, result] of Object.entries(bundles))
  writeFileSync(`dist/meta/${name}.json`, JSON.stringify((await result).metafile));

// Help → About lists the licences of the packages the app's bundles contain; the packaged app has no
// node_modules to read them from. The metafiles of main, preload and main's extraction worker and the
// renderer's source maps name every file bundled, so the list is what ships, whichever package.json
// section a package sits in.
if (!cliOnly) {
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const packageOf = (file) => file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/)?.[1];
  const mainInputs = ['main', 'preload', 'mainWorker'].flatMap((name) =>
    Object.keys(read(`dist/meta/${name}.json`).inputs),
  );
  const rendererMaps = readdirSync('dist/renderer/assets').filter((file) => file.endsWith('.js.map'));
  const rendererInputs = rendererMaps.flatMap((file) => read(`dist/renderer/assets/${file}`).sources);
  const names = [...new Set([...mainInputs, ...rendererInputs].map(packageOf).filter(Boolean))].sort();
  const licences = names.map((name) => {
    const pkg = read(`node_modules/${name}/package.json`);
    return {
      name,
      version: pkg.version,
      license: typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see the package'),
    };
  });
  writeFileSync('dist/licences.json', `${JSON.stringify(licences, null, 2)}\n`);
}

// npm links the bin at install time; make sure it stays executable after a rebuild.
chmodSync('dist/cli/factdesk.js', 0o755);
