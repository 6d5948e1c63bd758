// Applies patches/lexical-yjs-0.52.0-flat-marks.patch to node_modules/@lexical/yjs (run by `npm install` / `npm ci`
// as postinstall; safe to run again). The patch is to the package's TypeScript sources (src/), which it ships; the
// patched sources are then bundled with esbuild over the package's own dist builds (dev, prod and the default entry
// all become the patched code), so every consumer — Vite, esbuild bundles, Node at run time, vitest — gets the same
// code without aliases. docs/project-document.md says what the patch does and why.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const packageDir = path.join(root, 'node_modules', '@lexical', 'yjs');
const patchFile = path.join(root, 'patches', 'lexical-yjs-0.52.0-flat-marks.patch');
const EXPECTED_VERSION = '0.52.0';
const marker = path.join(packageDir, 'dist', '.factdesk-patch');

/** [{ file, hunks: [{ before: string[], after: string[] }] }] from a unified diff. */
function parsePatch(text) {
  const files = [];
  let hunk = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('+++ b/')) files.push({ file: line.slice(6).trim(), hunks: [] });
    else if (line.startsWith('--- ')) continue;
    else if (line.startsWith('@@')) files.at(-1).hunks.push((hunk = { before: [], after: [] }));
    else if (hunk && line.startsWith(' ')) {
      hunk.before.push(line.slice(1));
      hunk.after.push(line.slice(1));
    } else if (hunk && line.startsWith('-')) hunk.before.push(line.slice(1));
    else if (hunk && line.startsWith('+')) hunk.after.push(line.slice(1));
  }
  return files;
}

function applyHunk(source, { before, after }, where) {
  const from = before.join('\n');
  const to = after.join('\n');
  const at = source.indexOf(from);
  if (at >= 0) {
    if (source.indexOf(from, at + 1) >= 0) throw new Error(`${where}: the patch's context occurs twice`);
    return source.slice(0, at) + to + source.slice(at + from.length);
  }
  if (source.includes(to)) return source; // applied before
  throw new Error(`${where}: the patch does not apply (is @lexical/yjs ${EXPECTED_VERSION} installed?)`);
}

function patchSources(patchText) {
  for (const { file, hunks } of parsePatch(patchText)) {
    const target = path.join(packageDir, file);
    const original = readFileSync(target, 'utf8');
    const patched = hunks.reduce((source, hunk, i) => applyHunk(source, hunk, `${file}, hunk ${i + 1}`), original);
    if (patched !== original) writeFileSync(target, patched);
  }
}

const BANNER =
  "/* @lexical/yjs 0.52.0 (MIT, Meta Platforms, Inc. and affiliates) with Factdesk's flat-marks patch: see patches/ in Factdesk. */";

async function bundle(format) {
  const result = await build({
    entryPoints: [path.join(packageDir, 'src', 'index.ts')],
    bundle: true,
    format,
    platform: format === 'cjs' ? 'node' : 'neutral',
    write: false,
    // @lexical/internal (its invariant) is bundled in: it ships only as an ES module, which a CommonJS build cannot require.
    external: ['lexical', '@lexical/selection', 'yjs'],
    logLevel: 'warning',
    banner: { js: BANNER },
  });
  return result.outputFiles[0].text;
}

/**
 * The package's builds become the patched code. A CommonJS build is added for
 * `require` (the e2e harness and the bench load main's code as CommonJS): yjs
 * ships both forms, and a required binding importing yjs' ES module would run
 * a second copy of yjs beside main's (Yjs warns; its type checks fail).
 */
async function rebuildDist() {
  const esm = await bundle('esm');
  for (const name of ['LexicalYjs.dev.js', 'LexicalYjs.prod.js', 'LexicalYjs.js'])
    writeFileSync(path.join(packageDir, 'dist', name), esm);
  writeFileSync(path.join(packageDir, 'dist', 'LexicalYjs.cjs'), await bundle('cjs'));
  const manifestFile = path.join(packageDir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const { default: entry, ...conditions } = manifest.exports['.'];
  manifest.exports['.'] = { ...conditions, require: './dist/LexicalYjs.cjs', default: entry };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
}

const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
if (manifest.version !== EXPECTED_VERSION) {
  throw new Error(
    `@lexical/yjs ${manifest.version} is installed; patches/ is for ${EXPECTED_VERSION}. Update the patch with the package.`,
  );
}
const patchText = readFileSync(patchFile, 'utf8');
// A change to this script (how the package is rebuilt) applies it again too.
const digest = createHash('sha256')
  .update(patchText)
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex');
if (existsSync(marker) && readFileSync(marker, 'utf8') === digest) process.exit(0);
patchSources(patchText);
await rebuildDist();
writeFileSync(marker, digest);
console.log('@lexical/yjs: flat-marks patch applied');
