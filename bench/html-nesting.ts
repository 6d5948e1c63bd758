import { boundedArticleHtml } from '../main/services/bounded-article-html';
import { DEFAULT_EXTRACTION_LIMITS } from '../main/services/extraction/limits';
import { htmlToPlainText } from '../main/services/html-text';
import { htmlToText } from '../main/services/source-formats/html-text';

/**
 * `npm run bench:html-nesting` — HTML readers on pages nested N <div> deep,
 * next to the same readers on the same N <div> side by side (the baseline,
 * same run): the ratio stays flat as N doubles when reading is linear
 * (it was quadratic: 170,000 nested <div> took 32 s to import as a source).
 */

const readers: [string, (html: string) => unknown][] = [
  ['source text (htmlToText)', (html) => htmlToText(html)],
  ['article text, CLI (htmlToPlainText)', (html) => htmlToPlainText(html)],
  ['article import (boundedArticleHtml)', (html) => boundedArticleHtml(html, DEFAULT_EXTRACTION_LIMITS)],
];

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function time(read: (html: string) => unknown, html: string): number {
  return median(
    [0, 1, 2].map(() => {
      const started = performance.now();
      read(html);
      return performance.now() - started;
    }),
  );
}

console.log('| reader | <div> | nested | side by side | ratio |\n|---|---|---|---|---|');
for (const [name, read] of readers) {
  for (const count of [25_000, 50_000, 100_000, 200_000]) {
    const nested = `<body>${'<div>Fees rose. '.repeat(count)}${'</div>'.repeat(count)}</body>`;
    const flat = `<body>${'<div>Fees rose. </div>'.repeat(count)}</body>`;
    const [deep, baseline] = [time(read, nested), time(read, flat)];
    console.log(`| ${name} | ${count.toLocaleString('en')} | ${Math.round(deep)} ms | ${Math.round(baseline)} ms | ${(deep / baseline).toFixed(1)}x |`);
  }
}
