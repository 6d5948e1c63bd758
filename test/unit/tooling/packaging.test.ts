import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options } from '@electron/fuses';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_FILES } from '../../../main/shell/app-files';
import packageJson from '../../../package.json';

/**
 * `npm run dist` cannot run here (it downloads Electron), so electron-builder.yml
 * is checked against the build output instead: the files it ships, what the
 * bundles still load at run time (esbuild's metafiles, written by
 * main/build.mjs), and electron-builder's own schema. Needs `npm run build`
 * first (npm test builds before the unit tests).
 */

const ROOT = path.resolve(__dirname, '../../..');
const CONFIG_FILE = path.join(ROOT, 'electron-builder.yml');

interface BuilderConfig {
  files: string[];
  npmRebuild?: boolean;
  publish: { provider: string; url: string; channel?: string };
  mac: { target: string[] };
  linux: { target: string[]; maintainer?: string };
  electronFuses: Record<string, boolean>;
}
interface Metafile {
  outputs: Record<string, { imports: { path: string; external?: boolean }[] }>;
}

const config = load(readFileSync(CONFIG_FILE, 'utf8')) as BuilderConfig;

/** electron-builder's rule: patterns in order, a later "!" pattern excludes what an earlier one included. */
function matchesAll(file: string, patterns: readonly string[]): boolean {
  let match = false;
  for (const raw of patterns) {
    const negate = raw.startsWith('!');
    if (match !== negate) continue;
    if (path.matchesGlob(file, negate ? raw.slice(1) : raw)) match = !negate;
  }
  return match;
}

/**
 * Whether electron-builder puts `file` (relative to the project) in the app. The packages in
 * "dependencies" are copied whatever `files` lists, unless a "!" pattern excludes them
 * (app-builder-lib's getNodeModuleFileMatcher); everything else must be listed.
 */
function shipped(file: string): boolean {
  const packageName = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1];
  if (packageName === undefined) return matchesAll(file, config.files);
  const isProduction = packageName in packageJson.dependencies;
  return isProduction && matchesAll(file, ['**/*', ...config.files.filter((pattern) => pattern.startsWith('!'))]);
}

function filesUnder(folder: string): string[] {
  const absolute = path.join(ROOT, folder);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute).flatMap((name) => {
    const relative = `${folder}/${name}`;
    return statSync(path.join(ROOT, relative)).isDirectory() ? filesUnder(relative) : [relative];
  });
}

const externalsOf = (bundle: string) => {
  const meta = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'meta', `${bundle}.json`), 'utf8')) as Metafile;
  const imports = Object.values(meta.outputs).flatMap((output) =>
    output.imports.filter((entry) => entry.external).map((entry) => entry.path),
  );
  return [...new Set(imports.filter((name) => !isBuiltin(name)))].sort();
};

/** What the app must ship: its bundles (main, preload, the extraction worker), the renderer (no source maps), the demo project, package.json. */
const expectedAppFiles = () =>
  [
    'dist/main/index.js',
    'dist/main/preload.js',
    'dist/main/extract-worker.js',
    ...filesUnder('dist/renderer').filter((file) => !file.endsWith('.map')),
    'demo/city-water-demo.factdesk',
    'package.json',
  ].sort();

// electron-builder's schema check compiles a large JSON schema: seconds on a busy machine.
describe('the packaged app (electron-builder.yml against the build output)', { timeout: 30_000 }, () => {
  beforeAll(() => {
    for (const bundle of ['main', 'preload', 'mainWorker', 'cli', 'cliWorker']) {
      if (!existsSync(path.join(ROOT, 'dist', 'meta', `${bundle}.json`)))
        throw new Error('dist/ is missing or old: run `npm run build` first');
    }
  });

  it('ships the bundles, the renderer, the demo project and package.json — no source maps, no node_modules, no CLI', () => {
    const candidates = [
      'package.json',
      'README.md',
      ...filesUnder('dist'),
      ...filesUnder('demo'),
      ...filesUnder('main'),
      'node_modules/playwright-core/package.json',
      'node_modules/react/index.js',
    ];
    expect(candidates.filter(shipped).sort()).toEqual(expectedAppFiles());
    expect(expectedAppFiles()).toContain('dist/renderer/index.html');
  });

  it('ships every file the app reads from its own folder at run time', () => {
    for (const file of [
      `${APP_FILES.renderer}/index.html`,
      APP_FILES.preload,
      APP_FILES.extractionWorker,
      APP_FILES.demoProject,
    ]) {
      expect(existsSync(path.join(ROOT, file)), file).toBe(true);
      expect(shipped(file), file).toBe(true);
    }
  });

  it('the renderer page loads only its own shipped assets', () => {
    const html = readFileSync(path.join(ROOT, APP_FILES.renderer, 'index.html'), 'utf8');
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference, 'no remote or absolute-path resources').toMatch(/^\.?\/?assets\//);
      const file = path.posix.join(APP_FILES.renderer, reference.replace(/^\.?\//, ''));
      expect(existsSync(path.join(ROOT, file)) && shipped(file), file).toBe(true);
    }
  });

  it('the main process and preload bundles load nothing from node_modules: Electron and Node’s built-ins only', () => {
    expect(externalsOf('main')).toEqual(['electron']);
    expect(externalsOf('preload')).toEqual(['electron']);
  });

  it('the extraction worker (the app’s and the command line’s) loads nothing from node_modules, not even Electron', () => {
    expect(externalsOf('mainWorker')).toEqual([]);
    expect(externalsOf('cliWorker')).toEqual([]);
  });

  it('"dependencies" is exactly what the command line loads at run time (everything else is bundled)', () => {
    // ws (the collaboration server's sockets) tries these native speed-ups inside try/catch and runs without them.
    const optionalSpeedUps = ['bufferutil', 'utf-8-validate'];
    expect(externalsOf('cli').filter((name) => !optionalSpeedUps.includes(name))).toEqual(
      Object.keys(packageJson.dependencies).sort(),
    );
    // The CLI starts its extraction worker from beside itself.
    expect(packageJson.files).toEqual(['dist/cli/factdesk.js', 'dist/cli/extract-worker.js']);
  });

  it('is a valid electron-builder configuration with what each platform needs', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    await expect(
      validateConfiguration(config as never, { isEnabled: false, add: () => undefined } as never),
    ).resolves.toBeUndefined();
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/^\S.* <[^@\s]+@[^@\s]+>$/);
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.FACTDESK_UPDATE_URL}', channel: 'latest' });
    expect(config.npmRebuild).toBe(false);
  });

  it('electron-builder’s schema check would catch a misspelt option', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const misspelt = { ...config, linux: { ...config.linux, maintainr: 'x' } };
    await expect(
      validateConfiguration(misspelt as never, { isEnabled: false, add: () => undefined } as never),
    ).rejects.toThrow(/Invalid configuration object/);
  });
});

/**
 * electron-builder itself, for Linux into a folder (`--dir`), with a stand-in for the Electron
 * binary that carries only the fuse wire: everything but the download of Electron runs for real.
 */
describe('electron-builder --dir with a stand-in Electron', () => {
  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const FUSES = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

  it('packs exactly the expected files into app.asar, sets the release fuses and writes the update feed', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'factdesk-dist-'));
    const electronDist = path.join(work, 'electron');
    mkdirSync(electronDist);
    // A fuse wire of '1's: the build must turn off the ones electron-builder.yml turns off.
    writeFileSync(
      path.join(electronDist, 'electron'),
      Buffer.concat([
        Buffer.from(`#!/bin/sh\nexit 0\n#${SENTINEL}`),
        Buffer.from([1, FUSES.length]),
        Buffer.from('1'.repeat(FUSES.length)),
      ]),
    );
    chmodSync(path.join(electronDist, 'electron'), 0o755);
    const output = path.join(work, 'release');
    const cli = path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
    const args = [
      '--config',
      'electron-builder.yml',
      '--dir',
      '--linux',
      '--x64',
      `-c.electronDist=${electronDist}`,
      '-c.electronVersion=45.5.0',
      `-c.directories.output=${output}`,
    ];
    const result = spawnSync(process.execPath, [cli, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, FACTDESK_UPDATE_URL: 'none' },
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);

    const resources = path.join(output, 'linux-unpacked', 'resources');
    const packed = listPackage(path.join(resources, 'app.asar'), { isPack: false }).map((entry) =>
      entry.replace(/^[\\/]/, '').replace(/\\/g, '/'),
    );
    const packedFiles = packed.filter((entry) => packed.every((other) => !other.startsWith(`${entry}/`)));
    expect(packedFiles.sort()).toEqual(expectedAppFiles());
    expect(existsSync(path.join(resources, 'app.asar.unpacked'))).toBe(false);

    const binary = readFileSync(path.join(output, 'linux-unpacked', 'factdesk'));
    const wireAt = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
    const wire = binary.subarray(wireAt, wireAt + FUSES.length).toString();
    for (const [name, on] of Object.entries(config.electronFuses)) {
      const index = FuseV1Options[(name[0].toUpperCase() + name.slice(1)) as keyof typeof FuseV1Options];
      expect(wire[index], name).toBe(on ? '1' : '0');
    }
    expect(load(readFileSync(path.join(resources, 'app-update.yml'), 'utf8'))).toMatchObject({
      provider: 'generic',
      url: 'none',
      channel: 'latest',
    });
  }, 150_000);
});
