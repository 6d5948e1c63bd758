import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** A made-up council story long enough to scroll: `paragraphs` numbered paragraphs after a headline. */
export function writeLongArticle(folder: string, paragraphs = 40): string {
  const lines = ['Ferry timetable review drags into a second winter', ''];
  for (let i = 1; i <= paragraphs; i += 1) {
    lines.push(
      `Paragraph ${i}: the harbour board said the crossing to Wrenholm ran late on ${i + 3} days last month, and the operator blamed the tide gauge at the north slip for ${i % 5 === 0 ? 'most' : 'some'} of them.`,
      '',
    );
  }
  const file = path.join(folder, 'ferry-timetable.txt');
  writeFileSync(file, lines.join('\n'));
  return file;
}
