import { findClaims, DEFAULT_MIN_SCORE, pendingSuggestions, type ClaimSuggestion } from '../../shared/claim-finder';
import { articleTextOf } from '../services/import/article-text';
import type { CliIo } from './io';

const USAGE =
  'usage: factdesk suggest claims FILE [--json] [--min-score X]   (FILE: .txt .md .html .docx or .factdesk; X between 0 and 1)';

interface Options {
  file: string;
  json: boolean;
  minScore: number;
}

function parseOptions(args: string[]): Options | string {
  let file: string | null = null;
  let json = false;
  let minScore = DEFAULT_MIN_SCORE;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (arg === '--json') json = true;
    else if (arg === '--min-score' || arg.startsWith('--min-score=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[(index += 1)];
      const parsed = Number(value);
      if (value === undefined || value.trim() === '' || !Number.isFinite(parsed) || parsed < 0 || parsed > 1) {
        return `--min-score needs a number between 0 and 1 (got “${value ?? ''}”)`;
      }
      minScore = parsed;
    } else if (arg.startsWith('-')) return `unknown option “${arg}”`;
    else if (file === null) file = arg;
    else return 'give one FILE';
  }
  return file === null ? 'give the article FILE' : { file, json, minScore };
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

function table(suggestions: ClaimSuggestion[]): string {
  if (suggestions.length === 0) return 'No check-worthy claims found.';
  const rows = suggestions.map((s) => [
    s.score.toFixed(2),
    `${s.start}–${s.end}`,
    clip(s.speaker ?? '—', 24),
    clip(s.text, 72),
    s.reasons.join(', '),
  ]);
  const header = ['score', 'span', 'speaker', 'claim', 'why'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]))).join('  ');
  const count = `${suggestions.length} suggested claim${suggestions.length === 1 ? '' : 's'}, ${suggestions.filter((s) => s.attributed).length} attributed`;
  return [line(header), ...rows.map(line), '', count].join('\n');
}

export async function suggestClaimsCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === 'string') {
    io.err(`factdesk suggest claims: ${options}\n${USAGE}`);
    return 2;
  }
  const article = await articleTextOf(options.file);
  if (!article.ok) {
    io.err(article.message);
    return 1;
  }
  const found = findClaims(article.text, { minScore: options.minScore });
  // A project's dismissed suggestions and marked claims are left out, as the app does; document order kept.
  const suggestions = article.project
    ? pendingSuggestions(found, article.project.dismissed, article.project.claimSpans).sort((a, b) => a.start - b.start)
    : found;
  if (options.json) {
    const shaped = suggestions.map(({ text, start, end, score, reasons, attributed, speaker, speakerKind }) => ({
      text,
      start,
      end,
      score,
      reasons,
      attributed,
      speaker,
      speakerKind,
    }));
    io.out(JSON.stringify(shaped, null, 2));
  } else io.out(table(suggestions));
  return 0;
}
