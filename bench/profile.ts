/**
 * CPU profile of one interaction in the app with the large workload:
 *   npm run bench:profile -- typing|claim-typing|switch|filter|mark
 * Prints the functions with the most self time. Build the renderer unminified
 * first for readable names: npx vite build --config renderer/vite.config.ts --minify false
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serializeProject } from '../shared/project-file';
import { sharedBrowser } from '../test/e2e/browser';
import { filterClaims, markAndUnmark, switchActiveClaim } from './measure/claim-interactions';
import { openApp } from './measure/pages';
import { typingLatencies } from './measure/typing';
import { generateWorkload, LARGE } from './workload';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function printSelfTimes(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    selfMs.set(name, (selfMs.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  for (const [name, ms] of [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}

async function main(): Promise<void> {
  const what = process.argv[2] ?? 'typing';
  const workload = generateWorkload(LARGE);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'factdesk-profile-')), 'large.factdesk');
  writeFileSync(file, serializeProject(workload.project));
  const app = await openApp(workload.project, file);
  const cdp = await app.page.context().newCDPSession(app.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const middle = Math.floor(LARGE.paragraphs / 2) + 1;
  const runs: Record<string, () => Promise<unknown>> = {
    typing: () => typingLatencies(app.page, middle, 'text', 50),
    'claim-typing': () => typingLatencies(app.page, middle, 'claim', 50),
    switch: () => switchActiveClaim(app.page, 10),
    filter: () => filterClaims(app.page, workload.project, 'marlow'),
    mark: () => markAndUnmark(app.page, workload.unmarkedParagraphs[300], workload.project.claims.length),
  };
  if (!runs[what]) throw new Error(`bench:profile: unknown interaction ${what}; one of ${Object.keys(runs).join(', ')}`);
  const timings = await runs[what]();
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`${what}: ${JSON.stringify(timings, (_key, value) => (typeof value === 'number' ? Math.round(value) : value))}`);
  printSelfTimes(profile);
  await app.close();
  await (await sharedBrowser()).close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
