import { anchorFor } from '../../shared/anchoring/selectors';
import type { ActivityEntry, Claim, Comment, EvidenceLink, Source } from '../../shared/project/schema';
import { STANCES, REVIEW_STATUSES } from '../../shared/project/schema';
import { VERDICTS } from '../../shared/claims/verdicts';
import { CHECKERS, FREE_TAGS, OUTLETS, SPEAKERS, SUBJECTS, sentence, words } from './newsroom-text';
import type { Random } from './prng';

/** Claims metadata, sources, evidence links and the activity log for the workload. */

const DAY = 86_400_000;
const EPOCH = Date.UTC(2026, 9, 1, 9, 0, 0);

const timeAt = (random: Random) => new Date(EPOCH + random.int(0, 40) * DAY + random.int(0, DAY - 1)).toISOString();
const pad = (n: number) => String(n).padStart(5, '0');

export function generateSource(index: number, wordCount: number, random: Random): Source {
  const paragraphs: string[] = [];
  for (let left = wordCount; left > 0; left -= 80) paragraphs.push(words(Math.min(80, left), random).join(' '));
  return {
    id: `src_${pad(index)}`,
    title: `${random.pick(SUBJECTS)}: briefing ${index}`,
    outlet: random.pick(OUTLETS),
    author: random.pick(CHECKERS),
    url: `https://example.org/briefings/${index}`,
    fileName: '',
    accessedAt: timeAt(random),
    publishedDate: '',
    text: paragraphs.join('\n'),
  };
}

function comments(claimId: string, random: Random): Comment[] {
  return Array.from({ length: random.int(0, 2) }, (_, i) => ({
    id: `cmt_${claimId}_${i}`,
    author: random.pick(CHECKERS),
    text: sentence(random),
    createdAt: timeAt(random),
    editedAt: null,
    resolved: random.chance(0.3),
    kind: 'comment' as const,
  }));
}

export function generateClaimMeta(id: string, random: Random, number = 0): Claim {
  const checker = random.pick(CHECKERS);
  const free = [...new Set(Array.from({ length: random.int(0, 2) }, () => random.pick(FREE_TAGS)))];
  return {
    id,
    number,
    markId: id,
    anchor: { position: { start: 0, end: 0 }, quote: { exact: '', prefix: '', suffix: '' } },
    tags: {
      attributed: random.chance(0.4) ? { speaker: random.pick(SPEAKERS) } : null,
      disputed: random.chance(0.1) ? { reason: sentence(random) } : null,
      free,
    },
    verdict: random.pick(VERDICTS),
    verdictBy: checker,
    note: random.chance(0.6) ? sentence(random) : '',
    publicExplanation: '',
    noEvidenceReason: '',
    notForPublication: null,
    status: random.pick(REVIEW_STATUSES),
    comments: comments(id, random),
    orphaned: false,
    createdBy: checker,
    createdAt: timeAt(random),
    updatedBy: checker,
    updatedAt: timeAt(random),
  };
}

/** 1–3 links to excerpts of 80–200 characters starting at a word in a random source. */
export function generateEvidence(claimId: string, sources: readonly Source[], random: Random): EvidenceLink[] {
  return Array.from({ length: random.int(1, 3) }, (_, i) => {
    const source = random.pick(sources);
    const from = source.text.indexOf(' ', random.int(0, source.text.length - 400)) + 1;
    const anchor = anchorFor(source.text, from, from + random.int(80, 200));
    return {
      id: `evl_${claimId}_${i}`,
      claimId,
      sourceId: source.id,
      stance: random.pick(STANCES),
      anchor,
      note: random.chance(0.5) ? sentence(random) : '',
      createdBy: random.pick(CHECKERS),
      createdAt: timeAt(random),
    };
  });
}

export function generateActivity(claim: Claim, links: readonly EvidenceLink[]): ActivityEntry[] {
  const entry = (action: string, at: string, actor: string, detail: string, n: number): ActivityEntry => ({
    id: `act_${claim.id}_${n}`,
    at,
    actor,
    action,
    claimId: claim.id,
    detail,
  });
  return [
    entry('claim.created', claim.createdAt, claim.createdBy, '', 0),
    ...links.map((link, i) => entry('evidence.linked', link.createdAt, link.createdBy, link.sourceId, i + 1)),
    entry('claim.verdict', claim.updatedAt, claim.updatedBy, claim.verdict, links.length + 1),
  ];
}
