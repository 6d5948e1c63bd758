// The speaker ranker "on arrival": the finder as it was when dev batches 5, 6 and 7 arrived (before any rule was
// written from them) is rebuilt from git, given the ranker's hook, and bundled; bench/speaker-ranker-arrival.ts then
// compares the rules and the ranker on each batch, the only fair test of either on dev copy (the current rules were
// written from all of dev). Dev only. Run: node scripts/speaker-ranker-arrival.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

/**
 * The commits that added a batch of dev copy: the finder of each had not yet seen that batch (53f49a9: six articles,
 * eb4afd1: five, ba27ccb: four, then batches 5, 6 and 7). Earlier commits' finders lack the hook's anchors.
 */
const ARRIVALS = ['53f49a9', 'eb4afd1', 'ba27ccb', '6291747', 'b632d7c', '0fbc8ec'];

/** Dev article names in a commit's tree. */
const devArticles = (commit) =>
  execFileSync('git', ['ls-tree', '--name-only', `${commit}:test/fixtures/real-copy/dev`], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''));

/** The ranker's hook, as shared/claim-finder/find-claims.ts has it, written into an older find-claims.ts. */
const HOOK = [
  [
    "import { SpeakerMemory, type Speaker } from './speaker-memory';",
    "import { SpeakerMemory, type Speaker } from './speaker-memory';\nimport { speakerChoices } from './speaker-choices';\nimport { rankedChoice } from './speaker-ranker';",
  ],
  [
    'export function claimCandidates(plainText: string): ClaimCandidate[] {',
    'export function claimCandidates(plainText: string, options: any = {}): ClaimCandidate[] {',
  ],
  [
    'const candidates: ClaimCandidate[] = [];',
    'const candidates: ClaimCandidate[] = [];\n  const past: any[] = [];\n  let textIndex = -1;',
  ],
  [/if \(!isText(\.has)?\(sentence\.block\)\) continue;/, (found) => `${found}\n    textIndex += 1;`],
  [
    'const key = suggestionKey(span);',
    'const key = suggestionKey(span);\n    const pastBefore = past.slice(-40);\n    if (speaker) past.push({ speaker, sentence: textIndex, block: sentence.block });',
  ],
  [
    'seen.add(key);\n    candidates.push({',
    `seen.add(key);
    const choices = options.speakerModel || options.withChoices ? speakerChoices({ sentence, start, index: textIndex,
      claim: attribution.claim, names, rule: speaker, reported: attribution.reported, act: attribution.act,
      quoted: context.quotations.some((q) => q.start <= claimStart && end <= q.end + 1), past: pastBefore,
      articleNames: allNames, memory }) : null;
    const ranked = choices && options.speakerModel ? rankedChoice(choices, options.speakerModel).speaker : speaker;
    candidates.push({ ...(choices && options.withChoices ? { speakerChoices: choices } : {}),`,
  ],
  ['attributed: speaker !== null,', 'attributed: ranked !== null,'],
  [
    'speaker: speaker?.name ?? null,\n      speakerKind: speaker?.kind ?? null,',
    'speaker: ranked?.name ?? null,\n      speakerKind: ranked?.kind ?? null,',
  ],
  ['flatMap(({ features, ...candidate })', 'flatMap(({ features, speakerChoices: _choices, ...candidate }: any)'],
  [
    'scoredSuggestions(claimCandidates(plainText), ',
    'scoredSuggestions(claimCandidates(plainText, { speakerModel: (options as any).speakerModel ?? null }), ',
  ],
];

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), 'speaker-arrival-'));
try {
  const arrivals = [];
  for (const commit of ARRIVALS) {
    const tree = path.join(work, commit);
    execFileSync('sh', ['-c', `mkdir -p "${tree}" && git archive ${commit} shared | tar -x -C "${tree}"`]);
    for (const file of ['speaker-choices.ts', 'speaker-ranker.ts'])
      copyFileSync(path.join(root, 'shared/claim-finder', file), path.join(tree, 'shared/claim-finder', file));
    const finder = path.join(tree, 'shared/claim-finder/find-claims.ts');
    let source = readFileSync(finder, 'utf8');
    for (const [from, to] of HOOK) {
      const fits = typeof from === 'string' ? source.includes(from) : from.test(source);
      if (!fits) throw new Error(`${commit}: the hook does not fit at “${String(from).slice(0, 60)}”`);
      source = source.replace(from, to);
    }
    writeFileSync(finder, source);
    // Names had no titles before eb4afd1.
    const choices = path.join(tree, 'shared/claim-finder/speaker-choices.ts');
    writeFileSync(
      choices,
      readFileSync(choices, 'utf8').replaceAll('name.titles.length', '(name.titles ?? []).length'),
    );
    const before = new Set(devArticles(`${commit}^`));
    arrivals.push({
      commit,
      finder: `finder-${commit}.cjs`,
      articles: devArticles(commit).filter((name) => !before.has(name)),
      before: [...before],
    });
    buildSync({
      entryPoints: [finder],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'warning',
      nodePaths: [path.join(root, 'node_modules')],
      outfile: path.join(work, `finder-${commit}.cjs`),
    });
  }
  buildSync({
    entryPoints: [path.join(root, 'bench/speaker-ranker-arrival.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    outfile: path.join(work, 'arrival.cjs'),
  });
  execFileSync('node', [path.join(work, 'arrival.cjs')], {
    stdio: 'inherit',
    env: { ...process.env, ARRIVAL_FINDERS: work, ARRIVALS: JSON.stringify(arrivals) },
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
