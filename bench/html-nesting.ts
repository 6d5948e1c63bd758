import { boundedArticleHtml } from '../main/formats/bounded-article-html';
import { DEFAULT_EXTRACTION_LIMITS } from '../main/formats/extraction/limits';
import { htmlToPlainText } from '../main/formats/html-text';
import { htmlToText, READABILITY_MAX_ELEMENTS } from '../main/formats/web-page-text';

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
    console.log(
      `| ${name} | ${count.toLocaleString('en')} | ${Math.round(deep)} ms | ${Math.round(baseline)} ms | ${(deep / baseline).toFixed(1)}x |`,
    );
  }
}

// Readability (web sources) is given only pages within its budget: the most a page can cost it, by shape.
// A few elements less than the budget: <body> and <article> count too.
const budget = READABILITY_MAX_ELEMENTS - 10;
const runs = (depth: number) =>
  `${'<div class="c">Fees rose. '.repeat(depth)}${'</div>'.repeat(depth)}`.repeat(Math.floor(budget / depth));
const shapes: [string, string][] = [
  ['side by side', `<body>${'<div>Fees rose. </div>'.repeat(budget)}</body>`],
  [
    'paragraphs in an article',
    `<body><article>${'<p>Fees rose by 9 per cent in 2027, the port said. <a href="/x">More</a></p>'.repeat(budget / 2)}</article></body>`,
  ],
  ['runs nested 45 deep', `<body>${runs(45)}</body>`],
];
console.log(
  `\n| source text (htmlToText) with Readability, ${READABILITY_MAX_ELEMENTS.toLocaleString('en')} elements at most | time |\n|---|---|`,
);
for (const [shape, html] of shapes)
  console.log(`| ${shape} | ${Math.round(time((page) => htmlToText(page), html))} ms |`);
