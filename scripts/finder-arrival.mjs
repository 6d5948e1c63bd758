// The claim finder "on arrival": each batch of dev copy scored by the finder of the commit that added it, rebuilt
// from git (`git archive` of that commit's shared/, its find-claims.ts bundled), so by rules not yet written from
// that batch: the only fair figure for unseen dev copy (today's rules were written from all of dev).
// bench/finder-arrival.ts does the scoring. Dev only; held-out is never read. Run: npm run bench:finder-arrival
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

/**
 * The commits that added a batch of dev copy and nothing else (fixtures and their README), oldest first. To add a
 * batch, append the commit that added its fixtures; its finder is that commit's, the same as its parent's.
 */
const ARRIVALS = [
  { commit: '53f49a9', batch: 'six more' },
  { commit: 'eb4afd1', batch: 'third batch' },
  { commit: 'ba27ccb', batch: 'fourth batch' },
  { commit: '6291747', batch: 'batch 5' },
  { commit: 'b632d7c', batch: 'batch 6' },
  { commit: '0fbc8ec', batch: 'batch 7' },
  { commit: '35bdb68', batch: 'batch 9' },
  // Merges of the blind branches: each adds one batch to main, whose finder had not seen it.
  { commit: '2db711d', batch: 'batch 10 (US desk)' },
  { commit: 'd863fb8', batch: 'batch 11 (UK and Ireland desk)' },
  { commit: 'b0c5beb', batch: 'batch 12 (international desk)' },
  { commit: '6670f22', batch: 'batch 14 (politics and courts desk)' },
  { commit: '8d1353a', batch: 'batch 14 (sport, culture, tech and consumer desk)' },
  { commit: '4ba00d8', batch: 'batch 15 (local news desk)' },
  { commit: 'db9469d', batch: 'batch 15 (features and explainers desk)' },
  { commit: '9042842', batch: 'batch 16 (science, health and environment desk)' },
  { commit: '80c7667', batch: 'batch 16 (regional English-language newsrooms)' },
  { commit: 'ef45bcd', batch: 'batch 17 (business, markets and economy desk)' },
  { commit: 'd2f8784', batch: 'batch 17 (world news and conflict desk)' },
  { commit: 'dd3536d', batch: 'batch 18 (education, transport and public services desk)' },
  { commit: '04bab03', batch: 'batch 18 (US news desk)' },
  { commit: '6949296', batch: 'batch 19 (crime, police and courts desk)' },
  { commit: '7e8f027', batch: 'batch 19 (international wire and breaking news desk)' },
  { commit: 'c9b4f09', batch: 'batch 21 (health, science and courts desk)' },
  { commit: 'c8ab7f8', batch: 'batch 21 (business, energy, labour and local government desk)' },
  { commit: '542df19', batch: 'batch 22 (politics, elections and diplomacy desk)' },
  { commit: '76fc531', batch: 'batch 22 (disasters, transport, sport and entertainment desk)' },
  { commit: '6bca43c', batch: 'batch 23 (metro and regional desk)' },
  { commit: 'bd35616', batch: 'batch 23 (world and business wire desk)' },
  { commit: 'ef80ad6', batch: 'batch 24 (public health, hospitals, police and emergency services desk)' },
  { commit: '4f36257', batch: 'batch 24 (politics, elections, diplomacy, conflict, celebrity and sport desk)' },
  { commit: 'eb52128', batch: 'batch 25 (science, technology, environment, agriculture and weather desk)' },
  { commit: '26db4c7', batch: 'batch 25 (courts, crime, consumer, property and local business desk)' },
];

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' });

/** Dev article names in a commit's tree. */
const devArticles = (commit) =>
  git('ls-tree', '--name-only', `${commit}:test/fixtures/real-copy/dev`)
    .split('\n')
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));

const bundle = (entry, outfile) =>
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    nodePaths: [path.join(process.cwd(), 'node_modules')],
    outfile,
  });

const work = mkdtempSync(path.join(tmpdir(), 'finder-arrival-'));
try {
  const arrivals = ARRIVALS.map(({ commit, batch }) => {
    // A commit that also changed the finder could have rules written from its own batch.
    if (git('diff', '--name-only', `${commit}^`, commit, '--', 'shared').trim())
      throw new Error(`${commit} changes shared/ as well: list the commit that adds only the batch`);
    const before = new Set(devArticles(`${commit}^`));
    const articles = devArticles(commit).filter((name) => !before.has(name));
    if (articles.length === 0) throw new Error(`${commit} adds no dev article`);
    const tree = path.join(work, commit);
    execFileSync('sh', ['-c', `mkdir -p "${tree}" && git archive ${commit} shared | tar -x -C "${tree}"`]);
    const finder = `finder-${commit}.cjs`;
    bundle(path.join(tree, 'shared/claim-finder/find-claims.ts'), path.join(work, finder));
    return { commit, batch, finder, articles };
  });
  bundle(path.resolve('bench/finder-arrival.ts'), path.join(work, 'arrival.cjs'));
  execFileSync('node', [path.join(work, 'arrival.cjs')], {
    stdio: 'inherit',
    env: { ...process.env, ARRIVAL_FINDERS: work, ARRIVALS: JSON.stringify(arrivals) },
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
