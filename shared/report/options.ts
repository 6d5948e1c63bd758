import { z } from 'zod';
import { VerdictLabels } from '../claims/verdict-labels';

/** The export formats, and what each writes. */
export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'claimreview', 'annotations'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const FORMAT_INFO: Record<ReportFormat, { label: string; extension: string; nameSuffix: string }> = {
  html: { label: 'HTML report', extension: 'html', nameSuffix: ' report' },
  pdf: { label: 'PDF report', extension: 'pdf', nameSuffix: ' report' },
  md: { label: 'Markdown', extension: 'md', nameSuffix: ' report' },
  csv: { label: 'CSV spreadsheet (one row per claim)', extension: 'csv', nameSuffix: ' claims' },
  claimreview: { label: 'ClaimReview JSON-LD (schema.org)', extension: 'jsonld', nameSuffix: ' ClaimReview' },
  annotations: { label: 'Web Annotations JSON-LD (W3C)', extension: 'jsonld', nameSuffix: ' annotations' },
};

/**
 * Who a report is for. "publication": readers — only approved claims that may
 * be published, each with its public explanation, and never an internal note,
 * comment or tag. "internal": the desk — every claim with its notes, review
 * status and comments. ClaimReview is always the publication kind.
 */
export const REPORT_VARIANTS = ['publication', 'internal'] as const;
export type ReportVariant = (typeof REPORT_VARIANTS)[number];

export const ReportOptions = z.object({
  variant: z.enum(REPORT_VARIANTS).default('publication'),
  /** Internal reports: claims nobody has reviewed yet (status open or needs-review). */
  includeUnreviewed: z.boolean().default(true),
  /** Internal reports: reviewers' comments. */
  includeComments: z.boolean().default(true),
  includeArticleText: z.boolean().default(true),
  /** The fact-checking organisation (ClaimReview author); empty: the project's own setting. Never the article's outlet. */
  organisationName: z.string().max(500).default(''),
  organisationUrl: z.string().max(2_000).default(''),
  /** Where the fact-check is published (ClaimReview url = it + #claim-N); empty: the project's own setting. */
  reviewUrl: z.string().max(2_000).default(''),
  /** The user's names for the verdicts (Preferences); a verdict without one keeps its default label. */
  verdictLabels: VerdictLabels.default({}),
});

export type ReportOptions = z.output<typeof ReportOptions>;

export const DEFAULT_REPORT_OPTIONS: ReportOptions = ReportOptions.parse({});
