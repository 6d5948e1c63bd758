/**
 * Claim-finder bench: quality on the labelled sets — the clean team fixtures
 * (tuning, held-out) and the real-copy corpus (dev, held-out) — and runtime
 * next to a plain wink-nlp pass over the same text (the baseline).
 *
 *   npm run bench:finder                              every set + runtime
 *   npm run bench:finder -- --dev-only --verbose      the two tuning sets only (clean tuning, real-copy dev),
 *                                                     with each miss, wrong speaker and false alarm
 *   npm run bench:finder -- --dev-only --verbose --batch=10   the same for one dev batch (10 and later) only
 *   npm run bench:finder -- --speed-only              runtime only (no quality figures)
 *
 * Held-out sets are only ever reported as totals, and --verbose never prints them.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findClaims } from '../shared/claim-finder/find-claims';
import { loadLabelledSet, type LabelledArticle } from './claim-fixtures';
import { tallyStructure } from './article-structure';
import { loadRealCopy, type RealCopyArticle } from './real-copy';
import { asImported, pastedWithoutHeadline } from './app-paths';
import { addTally, emptyTally, matchClaims, sameSpeaker, tallyArticle, type Tally } from './claim-metrics';
import { QUALITY_HEADER, qualityRow } from './quality-table';

const args = new Set(process.argv.slice(2));
const tuningOnly = args.has('--dev-only') || args.has('--tuning-only');
const verbose = args.has('--verbose');
/** `--batch=10`: --verbose prints the misses of that dev batch only. */
const verboseBatch = Number([...args].find((arg) => arg.startsWith('--batch='))?.slice('--batch='.length)) || null;

function evaluate(articles: LabelledArticle[], showDetails: boolean): Tally {
  let total = emptyTally();
  for (const article of articles) {
    const suggestions = findClaims(article.text);
    const matches = matchClaims(article.claims, suggestions);
    total = addTally(total, tallyArticle(article.claims, suggestions, matches));
    if (showDetails) printDetails(article, suggestions, matches);
  }
  return total;
}

function printDetails(
  article: LabelledArticle,
  suggestions: ReturnType<typeof findClaims>,
  matches: ReturnType<typeof matchClaims>,
): void {
  console.log(`\n## ${article.name}`);
  const all = findClaims(article.text, { minScore: 0 });
  for (const label of article.claims) {
    const match = matches.find((m) => m.label === label);
    const below = all.find((s) => s.start < label.end && label.start < s.end);
    if (!match)
      console.log(
        `  MISS  ${label.text}${below ? `\n        (scored ${below.score} [${below.reasons.join(', ')}] speaker ${below.speaker}: ${below.text.slice(0, 70)})` : ''}`,
      );
    else if (!sameSpeaker(label.speaker, match.suggestion.speaker) && (label.speaker || match.suggestion.speaker)) {
      console.log(`  SPKR  want ${label.speaker}, got ${match.suggestion.speaker}: ${label.text.slice(0, 60)}`);
    } else if (
      'kind' in label &&
      label.kind &&
      label.kind !== (match.suggestion as { speakerKind?: string }).speakerKind
    ) {
      console.log(`  KIND  want ${label.kind} for ${label.speaker}`);
    }
  }
  for (const suggestion of suggestions) {
    if (!matches.some((m) => m.suggestion === suggestion))
      console.log(`  FALSE ${suggestion.score} [${suggestion.reasons.join(', ')}] ${suggestion.text}`);
  }
}

function wordsOf(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Fixture paragraphs, cycled and varied (numbers shifted per round) until the text holds `words` words. */
function generatedText(articles: LabelledArticle[], words: number): string {
  const paragraphs = articles.flatMap((article) => article.text.split('\n').slice(1));
  const out: string[] = [];
  let count = 0;
  for (let round = 0; count < words; round += 1) {
    for (let index = 0; index < paragraphs.length && count < words; index += 1) {
      const paragraph = paragraphs[(index * 7 + round) % paragraphs.length].replace(/\d+/g, (digits) =>
        String(Number(digits) + round),
      );
      out.push(paragraph);
      count += wordsOf(paragraph);
    }
  }
  return out.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeMs(run: () => void, repeats: number): number {
  const times: number[] = [];
  for (let index = 0; index < repeats; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function runtime(articles: LabelledArticle[]): void {
  const setupStart = performance.now();
  const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  const setup = performance.now() - setupStart;
  findClaims('Warm-up: the finder sets up its own wink-nlp instance on first use.');
  const baseline = (text: string) => text.split('\n').forEach((block) => nlp.readDoc(block).sentences().out());
  console.log('\n| text | words | claim finder | baseline (wink-nlp read only) | ratio |');
  console.log('|---|---|---|---|---|');
  for (const [label, words, repeats] of [
    ['article', 1_500, 15],
    ['large', 100_000, 3],
  ] as const) {
    const text = generatedText(articles, words);
    const finder = timeMs(() => findClaims(text), repeats);
    const plain = timeMs(() => baseline(text), repeats);
    console.log(
      `| ${label} | ${wordsOf(text).toLocaleString('en')} | ${finder.toFixed(0)} ms | ${plain.toFixed(0)} ms | ${(finder / plain).toFixed(2)}x |`,
    );
  }
  console.log(
    `\nSetting up wink-nlp with its model (once per process, not included above): ${setup.toFixed(0)} ms. Times are medians of 15 (article) and 3 (large) runs.`,
  );
}

if (args.has('--speed-only')) {
  runtime([...loadLabelledSet('tuning'), ...loadLabelledSet('held-out')]);
  process.exit(0);
}

const tuning = loadLabelledSet('tuning');
const realDev = loadRealCopy('dev');
console.log(`Claim finder bench — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
const inBatch = (articles: RealCopyArticle[], number: number | undefined) =>
  articles.filter((article) => article.batch === number);
/** Dev batches after the ninth, each written blind by its own writer: a row each. */
const laterBatches = (articles: RealCopyArticle[]) =>
  [...new Set(articles.map((article) => article.batch ?? 0))].filter((batch) => batch > 9).sort((a, b) => a - b);
const batchRow = (name: string, articles: RealCopyArticle[]) =>
  qualityRow(name, articles.length, evaluate(articles, verbose && articles.some((a) => a.batch === verboseBatch)));
/** The same articles as the app's finder reads them: an imported body, a story pasted without its headline. */
const appPathRows = (set: string, articles: RealCopyArticle[]) => [
  qualityRow(
    `real copy: ${set}, imported (the body the app keeps)`,
    articles.length,
    evaluate(articles.map(asImported), false),
  ),
  qualityRow(
    `real copy: ${set}, pasted without its headline`,
    articles.length,
    evaluate(articles.map(pastedWithoutHeadline), false),
  ),
];
const rows = [
  qualityRow('clean: tuning', tuning.length, evaluate(tuning, verbose && !verboseBatch)),
  qualityRow('real copy: dev', realDev.length, evaluate(realDev, verbose && !verboseBatch)),
  ...appPathRows('dev', realDev),
  batchRow('real copy: dev, fifth batch only', inBatch(realDev, 5)),
  batchRow('real copy: dev, sixth batch only', inBatch(realDev, 6)),
  batchRow('real copy: dev, seventh batch only (blind)', inBatch(realDev, 7)),
  batchRow('real copy: dev, batch 9 only (blind)', inBatch(realDev, 9)),
  ...laterBatches(realDev).map((batch) =>
    qualityRow(
      `real copy: dev, batch ${batch} only (blind)`,
      inBatch(realDev, batch).length,
      evaluate(inBatch(realDev, batch), verbose && verboseBatch === batch),
    ),
  ),
];
if (!tuningOnly) {
  const heldOut = loadLabelledSet('held-out');
  const realHeldOut = loadRealCopy('held-out');
  rows.splice(1, 0, qualityRow('clean: held-out', heldOut.length, evaluate(heldOut, false)));
  // Each held-out set is a total of its own, so that figures before batch 8 stay comparable.
  rows.push(
    batchRow('real copy: held-out, original eight', inBatch(realHeldOut, undefined)),
    batchRow('real copy: held-out, batch 8 (blind)', inBatch(realHeldOut, 8)),
    batchRow(
      'real copy: held-out, original eight and batch 8',
      realHeldOut.filter((article) => (article.batch ?? 8) === 8),
    ),
    ...laterBatches(realHeldOut).map((batch) =>
      batchRow(`real copy: held-out, batch ${batch} (blind)`, inBatch(realHeldOut, batch)),
    ),
    batchRow('real copy: held-out, all', realHeldOut),
    ...appPathRows('held-out, all', realHeldOut),
  );
}
console.log(`\n${QUALITY_HEADER.join('\n')}`);
for (const row of rows) console.log(row);
console.log(
  '\nArticle structure (shared/article/structure, as import reads each .txt): fields = title, byline, outlet and date against the labels; non-body lines = labelled captions, credits, bylines, timestamps, links and boilerplate kept out of the text.\n',
);
console.log('| real copy | articles | fields right | non-body lines kept out | text blocks wrongly dropped |');
console.log('|---|---|---|---|---|');
for (const half of tuningOnly ? (['dev'] as const) : (['dev', 'held-out'] as const)) {
  const structure = tallyStructure(loadRealCopy(half));
  console.log(
    `| ${half} | ${structure.articles} | ${structure.fieldsRight}/${structure.fields} | ${structure.nonBody - structure.nonBodyKept}/${structure.nonBody} | ${structure.bodyDropped} |`,
  );
  if (verbose && half === 'dev') structure.misses.forEach((miss) => console.log(`  ${miss}`));
}
if (!tuningOnly) runtime([...tuning, ...loadLabelledSet('held-out')]);
