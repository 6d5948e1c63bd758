import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildEvidenceIndex, suggestEvidence } from '../../shared/evidence/evidence-index';
import { CLOSE_MATCH } from '../../shared/evidence/match-score';
import { importSourceFile } from '../services/import/source-import';
import type { CliIo } from './io';

const USAGE = 'usage: factdesk suggest evidence --claim "TEXT" [--top K] [--json] SOURCE_FILE...';

/** `factdesk suggest evidence`: the passages of the given source files that best bear on a claim. */
export async function suggestEvidenceCommand(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        claim: { type: 'string' },
        top: { type: 'string', default: '5' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { claim, top, json } = parsed.values;
  const topCount = Number(top);
  if (!claim?.trim() || parsed.positionals.length === 0 || !Number.isInteger(topCount) || topCount < 1) {
    io.err(USAGE);
    return 2;
  }
  const files = parsed.positionals;
  const sources = [];
  for (const [position, file] of files.entries()) {
    const imported = await importSourceFile(file, new Date());
    if (!imported.ok) {
      io.err(imported.message);
      return 1;
    }
    sources.push({ id: String(position), text: imported.source.text });
  }
  const sourceFile = (id: string) => files[Number(id)];
  const suggestions = suggestEvidence(buildEvidenceIndex(sources), claim, { top: topCount }).map(
    ({ sourceId, start, end, text, score, reasons, closeMatch, sameTextIn }) => ({
      source: sourceFile(sourceId),
      start,
      end,
      text,
      score,
      reasons,
      closeMatch,
      sameTextIn: sameTextIn.map((same) => ({ source: sourceFile(same.sourceId), start: same.start, end: same.end })),
    }),
  );
  if (json) {
    io.out(JSON.stringify(suggestions, null, 2));
  } else if (suggestions.length === 0) {
    io.out('No passage in these sources shares a word with the claim.');
  } else {
    if (!suggestions.some((suggestion) => suggestion.closeMatch))
      io.out(`No close match in the sources (every passage scores below ${CLOSE_MATCH}); the nearest:`);
    suggestions.forEach((suggestion, rank) => {
      const same =
        suggestion.sameTextIn.length > 0
          ? `\n   same wording in ${suggestion.sameTextIn.length + 1} sources: ${[suggestion.source, ...suggestion.sameTextIn.map((copy) => copy.source)].map((file) => path.basename(file)).join(', ')} — one source, not independent confirmations`
          : '';
      io.out(
        `${rank + 1}. [${suggestion.score.toFixed(2)}] ${path.basename(suggestion.source)} ${suggestion.start}–${suggestion.end}\n   ${suggestion.text}\n   ${suggestion.reasons.join('; ')}${same}`,
      );
    });
  }
  return 0;
}
