import { z } from 'zod';
import { VERDICTS } from './verdicts';

/**
 * The project-file schema: the single source of the model's types.
 *
 * Plain-text convention for every selector (claims and evidence): offsets are
 * JavaScript string indices (UTF-16 code units) into the plain text of the
 * document, where block elements (paragraphs, headings, quotes, list items)
 * are joined by a single "\n". See shared/plain-text.ts.
 *
 * Optional fields have defaults so a hand-edited file with a field missing
 * still opens (the missing value is filled in, never invented from elsewhere).
 */

export const PROJECT_FORMAT = 'factdesk-project';
export const CURRENT_VERSION = 1;
/** Projects above this size are refused (a file before it is read, a window's project text before it is parsed), rather than exhausting memory. */
export const MAX_PROJECT_BYTES = 512 * 1024 * 1024;

const isoDate = z.string().max(64);
const id = z.string().min(1).max(128);
const shortText = z.string().max(2_000);
const longText = z.string().max(200_000);

export const TextPositionSelector = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const TextQuoteSelector = z.object({
  exact: longText,
  prefix: z.string().max(256).default(''),
  suffix: z.string().max(256).default(''),
});

export const Anchor = z.object({
  position: TextPositionSelector,
  quote: TextQuoteSelector,
});

export const Comment = z.object({
  id,
  author: shortText,
  text: longText,
  createdAt: isoDate,
  editedAt: isoDate.nullable().default(null),
  resolved: z.boolean().default(false),
  kind: z.enum(['comment', 'request-changes', 'approval']).default('comment'),
});

export const SPEAKER_KINDS = ['person', 'organization'] as const;

export const ClaimTags = z.object({
  /** kind: whether the speaker is a person or an organisation (ClaimReview's author type); absent when unknown. */
  attributed: z
    .object({ speaker: shortText, kind: z.enum(SPEAKER_KINDS).optional() })
    .nullable()
    .default(null),
  disputed: z.object({ reason: shortText }).nullable().default(null),
  free: z.array(z.string().min(1).max(100)).max(200).default([]),
});

export const REVIEW_STATUSES = ['open', 'needs-review', 'approved', 'changes-requested'] as const;

export const Claim = z.object({
  id,
  /** The MarkNode id that highlights this claim in the article body. */
  markId: id,
  anchor: Anchor,
  tags: ClaimTags.default({ attributed: null, disputed: null, free: [] }),
  verdict: z.enum(VERDICTS).default('unrated'),
  note: longText.default(''),
  status: z.enum(REVIEW_STATUSES).default('open'),
  comments: z.array(Comment).default([]),
  orphaned: z.boolean().default(false),
  createdBy: shortText.default(''),
  createdAt: isoDate.default(''),
  updatedBy: shortText.default(''),
  updatedAt: isoDate.default(''),
});

export const Source = z.object({
  id,
  title: shortText,
  outlet: shortText.default(''),
  author: shortText.default(''),
  url: shortText.default(''),
  fileName: shortText.default(''),
  accessedAt: isoDate.default(''),
  /** When the source was published (YYYY-MM-DD), recognised from its text at import or typed in; '' when unknown. */
  publishedDate: isoDate.default(''),
  /** The frozen snapshot of the source's full text. */
  text: z.string().max(20_000_000),
});

export const STANCES = ['supports', 'contradicts', 'context'] as const;

export const EvidenceLink = z.object({
  id,
  claimId: id,
  sourceId: id,
  stance: z.enum(STANCES),
  anchor: Anchor,
  note: longText.default(''),
  createdBy: shortText.default(''),
  createdAt: isoDate.default(''),
});

export const ActivityEntry = z.object({
  id,
  at: isoDate,
  actor: shortText,
  action: z.string().min(1).max(64),
  claimId: id.nullable().default(null),
  detail: longText.default(''),
});

/** A serialised Lexical editor state. Checked for shape here, fully by Lexical on load. */
export const LexicalNodeJSON: z.ZodType<{ type: string; children?: unknown[] }> = z
  .object({ type: z.string(), children: z.array(z.unknown()).optional() })
  .loose();

export const ArticleBody = z.object({
  root: z
    .object({ type: z.literal('root'), children: z.array(LexicalNodeJSON) })
    .loose(),
});

export const Article = z.object({
  title: shortText.default(''),
  outlet: shortText.default(''),
  byline: shortText.default(''),
  url: shortText.default(''),
  publishedDate: isoDate.default(''),
  body: ArticleBody,
});

export const SignOff = z.object({ by: shortText, at: isoDate });

export const Project = z.object({
  format: z.literal(PROJECT_FORMAT),
  version: z.literal(CURRENT_VERSION),
  id,
  createdAt: isoDate.default(''),
  updatedAt: isoDate.default(''),
  article: Article,
  claims: z.array(Claim).default([]),
  sources: z.array(Source).default([]),
  evidence: z.array(EvidenceLink).default([]),
  activity: z.array(ActivityEntry).default([]),
  signOff: SignOff.nullable().default(null),
  dismissedSuggestions: z.array(z.string().max(2_000)).default([]),
});

/** A source as the window holds it: everything but its text, which stays in main while the project is open. */
export const SourceSummary = Source.omit({ text: true }).extend({ textLength: z.number().int().min(0) });

/**
 * The project as the window holds it and hands back to main, which puts the
 * source texts back before writing. The activity log is split the same way:
 * main holds the entries it handed over under the key `heldActivity` ('' when
 * the window holds the whole log), and `activity` has only those that came after.
 */
export const ProjectView = Project.extend({ sources: z.array(SourceSummary).default([]), heldActivity: z.string().max(64).default('') });

export type TextPositionSelector = z.infer<typeof TextPositionSelector>;
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;
export type Anchor = z.infer<typeof Anchor>;
export type Comment = z.infer<typeof Comment>;
export type ClaimTags = z.infer<typeof ClaimTags>;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type Claim = z.infer<typeof Claim>;
export type Source = z.infer<typeof Source>;
export type Stance = (typeof STANCES)[number];
export type EvidenceLink = z.infer<typeof EvidenceLink>;
export type ActivityEntry = z.infer<typeof ActivityEntry>;
export type ArticleBody = z.infer<typeof ArticleBody>;
export type Article = z.infer<typeof Article>;
export type SignOff = z.infer<typeof SignOff>;
export type Project = z.infer<typeof Project>;
export type SourceSummary = z.infer<typeof SourceSummary>;
export type ProjectView = z.infer<typeof ProjectView>;
