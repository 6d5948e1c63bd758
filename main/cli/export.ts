import path from 'node:path';
import { parseArgs } from 'node:util';
import { claimReviewMissing } from '../../shared/report/claimreview';
import { buildReport } from '../../shared/report/model';
import { REPORT_FORMATS, ReportOptions, type ReportFormat } from '../../shared/report/options';
import type { Project } from '../../shared/project/schema';
import { NoChromiumError, printHtmlWithChromium } from '../services/export/chromium-pdf';
import { loadProjectFile } from '../services/project-file/project-io';
import { nothingSaved } from '../services/disk/write-errors';
import { reportContent, writeReportFile } from '../services/export/report-export';
import { reportTargetProblem } from '../services/export/report-target';
import type { CliIo } from './io';

export const EXPORT_USAGE = `usage: factdesk export PROJECT --format ${REPORT_FORMATS.join('|')} [-o FILE]
  -o, --output FILE        write here (default: print to the terminal; pdf needs -o)
  --internal               the desk's report: every claim, with internal notes, review status
                           and comments (default: the publication report — approved claims
                           only, public explanations, no internal notes or comments)
  --without-unreviewed     (internal) leave out claims nobody has reviewed yet
  --without-comments       (internal) leave out reviewer comments
  --without-article        leave out the full article text
  --org-name NAME          the fact-checking organisation (ClaimReview author)
  --org-url URL            its web address
  --review-url URL         where the fact-check is published (ClaimReview url = it + #claim-N)
  ClaimReview needs all three (from these flags or the project's own settings); without
  them the export stops: it never names the article's outlet or Factdesk as the fact-checker.`;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  internal: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'without-unreviewed': { type: 'boolean' },
  'without-comments': { type: 'boolean' },
  'without-article': { type: 'boolean' },
  'org-name': { type: 'string' },
  'org-url': { type: 'string' },
  'review-url': { type: 'string' },
} as const;

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return (error as Error).message;
  }
}

/** What a ClaimReview export leaves out or guesses, said on stderr (it still writes). */
function warnAboutClaimReview(project: Project, io: CliIo): void {
  if (!project.signOff)
    io.err('factdesk export: warning: the project is not signed off, so no review carries a datePublished.');
  const untyped = project.claims
    .filter((claim) => claim.tags.attributed?.speaker.trim() && !claim.tags.attributed.kind)
    .map((claim) => claim.number);
  if (untyped.length > 0)
    io.err(
      `factdesk export: warning: claims ${untyped.join(', ')} do not say whether the speaker is a person or an organisation; they are written as Person.`,
    );
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string' || (parsed.positionals.length !== 1 && !parsed.values.help)) {
    io.err(`${typeof parsed === 'string' ? `factdesk export: ${parsed}\n` : ''}${EXPORT_USAGE}`);
    return 2;
  }
  const { values } = parsed;
  if (values.help) {
    io.out(EXPORT_USAGE);
    return 0;
  }
  const format = values.format as ReportFormat | undefined;
  if (!format || !REPORT_FORMATS.includes(format)) {
    io.err(
      `factdesk export: --format must be one of ${REPORT_FORMATS.join(', ')}${format ? ` (not “${format}”)` : ''}\n${EXPORT_USAGE}`,
    );
    return 2;
  }
  if (format === 'pdf' && !values.output) {
    io.err('factdesk export: a PDF is not printed to the terminal; name a file with -o FILE.pdf');
    return 2;
  }
  const refused = values.output ? await reportTargetProblem(values.output, [parsed.positionals[0]]) : null;
  if (refused) {
    io.err(`factdesk export: Nothing was saved: ${refused}. Choose another file with -o.`);
    return 1;
  }
  const loaded = await loadProjectFile(parsed.positionals[0]);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 1;
  }
  const options = ReportOptions.parse({
    variant: values.internal ? 'internal' : 'publication',
    includeUnreviewed: !values['without-unreviewed'],
    includeComments: !values['without-comments'],
    includeArticleText: !values['without-article'],
    organisationName: values['org-name'],
    organisationUrl: values['org-url'],
    reviewUrl: values['review-url'],
  });
  if (format === 'claimreview') {
    const missing = claimReviewMissing(buildReport(loaded.project, options));
    if (missing.length > 0) {
      io.err(
        `factdesk export: ClaimReview needs ${missing.join(', ')}. Pass --org-name, --org-url and --review-url (or set them in the project’s Export dialog). Nothing was written.`,
      );
      return 2;
    }
    warnAboutClaimReview(loaded.project, io);
  }
  let content: string | Uint8Array;
  try {
    content = await reportContent(loaded.project, format, options, printHtmlWithChromium);
  } catch (error) {
    if (!(error instanceof NoChromiumError)) throw error;
    io.err(`factdesk export: ${error.message}`);
    return 1;
  }
  if (!values.output) {
    io.print(content as string);
    return 0;
  }
  try {
    await writeReportFile(values.output, content);
  } catch (error) {
    io.err(
      `factdesk export: ${nothingSaved(error, values.output)}; ‘${path.basename(values.output)}’ was not written.`,
    );
    return 1;
  }
  io.err(`Wrote ${values.output}`);
  return 0;
}
