import { z } from 'zod';
import { findBodyProblem } from '../article/article-body';
import { VERDICTS } from '../claims/verdicts';

/**
 * The project-file schema: the single source of the model's types.
 *
 * Plain-text convention for every selector (claims and evidence): offsets are
 * JavaScript string indices (UTF-16 code units) into the plain text of the
 * document, where block elements (paragraphs, headings, quotes, list items)
 * are joined by a single "\n". See shared/article/plain-text.ts.
 *
 * Optional fields have defaults so a hand-edited file with a field missing
 * still opens (the missing value is filled in, never invented from elsewhere).
 * Every object keeps fields it does not know (z.looseObject): a file from a
 * newer version, or edited by hand or by another tool, loses nothing when this
 * version saves it.
 */

export const PROJECT_FORMAT = 'factdesk-project';
export const CURRENT_VERSION = 2;
/** Projects above this size are refused (a file before it is read, a window's project text before it is parsed), rather than exhausting memory. */
export const MAX_PROJECT_BYTES = 512 * 1024 * 1024;

const isoDate = z.string().max(64);
const id = z.string().min(1).max(128);
const shortText = z.string().max(2_000);
const longText = z.string().max(200_000);

export const TextPositionSelector = z.looseObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const TextQuoteSelector = z.looseObject({
  exact: longText,
  prefix: z.string().max(256).default(''),
  suffix: z.string().max(256).default(''),
});

export const Anchor = z.looseObject({
  position: TextPositionSelector,
  quote: TextQuoteSelector,
});

export const COMMENT_KINDS_LIST = ['comment', 'request-changes', 'approval'] as const;

export const Comment = z.looseObject({
  id,
  author: shortText,
  text: longText,
  createdAt: isoDate,
  editedAt: isoDate.nullable().default(null),
  resolved: z.boolean().default(false),
  kind: z.enum(COMMENT_KINDS_LIST).default('comment'),
});

export const SPEAKER_KINDS = ['person', 'organization'] as const;

export const ClaimTags = z.looseObject({
  /** kind: whether the speaker is a person or an organisation (ClaimReview's author type); absent when unknown. */
  attributed: z
    .looseObject({ speaker: shortText, kind: z.enum(SPEAKER_KINDS).optional() })
    .nullable()
    .default(null),
  disputed: z.looseObject({ reason: shortText }).nullable().default(null),
  free: z.array(z.string().min(1).max(100)).max(200).default([]),
});

export const REVIEW_STATUSES = ['open', 'needs-review', 'approved', 'changes-requested'] as const;

/** An editor's decision that a claim's verdict is not to be published, and why. */
export const NotForPublication = z.looseObject({
  reason: shortText,
  by: shortText.default(''),
  at: isoDate.default(''),
});

/** 0: not numbered yet (a hand-edited file); repairProject gives it the next free number. */
export const ClaimNumber = z.number().int().min(0).max(1_000_000_000);

export const Claim = z.looseObject({
  id,
  /** The claim's permanent number: given when it is made, never reused, shown everywhere ("claim 4", #claim-4). */
  number: ClaimNumber.default(0),
  /** The MarkNode id that highlights this claim in the article body. */
  markId: id,
  anchor: Anchor,
  tags: ClaimTags.default({ attributed: null, disputed: null, free: [] }),
  verdict: z.enum(VERDICTS).default('unrated'),
  /** Who set the current verdict ('' unknown): the two-person rule keeps them from approving it. */
  verdictBy: shortText.default(''),
  /** The checker's internal note: never in a published format. */
  note: longText.default(''),
  /** What readers are told about the verdict (ClaimReview reviewBody, the publication report). */
  publicExplanation: longText.default(''),
  /** Why no evidence link is needed (e.g. the claim is checked against the article itself); '' when evidence is expected. */
  noEvidenceReason: shortText.default(''),
  notForPublication: NotForPublication.nullable().default(null),
  status: z.enum(REVIEW_STATUSES).default('open'),
  comments: z.array(Comment).default([]),
  orphaned: z.boolean().default(false),
  createdBy: shortText.default(''),
  createdAt: isoDate.default(''),
  updatedBy: shortText.default(''),
  updatedAt: isoDate.default(''),
});

export const Source = z.looseObject({
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

export const EvidenceLink = z.looseObject({
  id,
  claimId: id,
  sourceId: id,
  stance: z.enum(STANCES),
  anchor: Anchor,
  note: longText.default(''),
  createdBy: shortText.default(''),
  createdAt: isoDate.default(''),
});

export const ActivityEntry = z.looseObject({
  id,
  at: isoDate,
  actor: shortText,
  action: z.string().min(1).max(64),
  claimId: id.nullable().default(null),
  detail: longText.default(''),
});

/** A serialised Lexical node: its type, its children if it is an element, and its fields. */
export interface LexicalNodeJSON {
  type: string;
  children?: LexicalNodeJSON[];
  [field: string]: unknown;
}

/**
 * The article as a serialised Lexical editor state, checked node by node
 * against what the editor can load exactly (shared/article/article-body.ts): node
 * types, their fields, where they stand, how deep they nest. Anything else is
 * refused at its path, e.g. `article.body.root.children[3]`.
 */
export const ArticleBody = z.unknown().superRefine((body, context) => {
  const problem = findBodyProblem(body);
  if (problem) context.addIssue({ code: 'custom', message: problem.message, path: problem.path });
}) as unknown as z.ZodType<{ root: LexicalNodeJSON & { type: 'root'; children: LexicalNodeJSON[] } }>;

export const Article = z.looseObject({
  title: shortText.default(''),
  outlet: shortText.default(''),
  byline: shortText.default(''),
  url: shortText.default(''),
  publishedDate: isoDate.default(''),
  body: ArticleBody,
});

/** What an editor signed off: the claims (by number) approved, held back from publication, and — in a sign-off made before the gate existed — not reviewed. */
export const SignOff = z.looseObject({
  by: shortText,
  at: isoDate,
  approved: z.array(ClaimNumber).max(1_000_000).default([]),
  notForPublication: z.array(ClaimNumber).max(1_000_000).default([]),
  notReviewed: z.array(ClaimNumber).max(1_000_000).default([]),
});

/** How this project is reviewed and where its fact-check is published. */
export const ReviewSettings = z.looseObject({
  /** Nobody approves a claim whose current verdict they set. */
  twoPersonRule: z.boolean().default(true),
  /** Where the fact-check will be published: ClaimReview url = it + #claim-N. */
  reviewUrl: shortText.default(''),
  /** The fact-checking organisation (ClaimReview author); '' until someone sets it (the Export dialog asks). */
  organisationName: shortText.default(''),
  organisationUrl: shortText.default(''),
});
export const DEFAULT_REVIEW_SETTINGS = ReviewSettings.parse({});

export const Project = z.looseObject({
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
  /** The number the next new claim gets; numbers are never reused, so this only grows. */
  nextClaimNumber: z.number().int().min(1).max(1_000_000_001).default(1),
  review: ReviewSettings.default(DEFAULT_REVIEW_SETTINGS),
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
export const ProjectView = Project.extend({
  sources: z.array(SourceSummary).default([]),
  heldActivity: z.string().max(64).default(''),
});

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
export type NotForPublication = z.infer<typeof NotForPublication>;
export type ReviewSettings = z.infer<typeof ReviewSettings>;
export type Project = z.infer<typeof Project>;
export type SourceSummary = z.infer<typeof SourceSummary>;
export type ProjectView = z.infer<typeof ProjectView>;
