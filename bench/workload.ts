import { refreshClaimAnchors } from '../shared/anchoring/refresh-claim-anchors';
import { CURRENT_VERSION, DEFAULT_REVIEW_SETTINGS, PROJECT_FORMAT, type Project } from '../shared/project/schema';
import { generateArticle, type ArticleSpec } from './generate/article';
import { generateActivity, generateClaimMeta, generateEvidence, generateSource } from './generate/project-parts';
import { seededRandom } from './generate/prng';

/**
 * The benchmark workloads, generated deterministically from a seed:
 * - large: 100,000 words in 2,000 paragraphs, 2,000 claims (10% overlapping
 *   another), each with 1–3 evidence links, tags, verdicts, comments and log
 *   entries; 200 sources of 5,000 words;
 * - typical: 1,500 words, 40 claims, 10 sources.
 * Anchors are computed from the body with refreshClaimAnchors, as a save would.
 */

export interface WorkloadSpec extends ArticleSpec {
  name: string;
  sources: number;
  sourceWords: number;
}

export const LARGE: WorkloadSpec = {
  name: 'large',
  paragraphs: 2_000,
  wordsPerParagraph: 50,
  claims: 2_000,
  overlapShare: 0.1,
  sources: 200,
  sourceWords: 5_000,
};
export const TYPICAL: WorkloadSpec = {
  name: 'typical',
  paragraphs: 30,
  wordsPerParagraph: 50,
  claims: 40,
  overlapShare: 0.1,
  sources: 10,
  sourceWords: 5_000,
};

export const DEFAULT_SEED = 20261122;

export interface Workload {
  spec: WorkloadSpec;
  project: Project;
  /** Paragraph indexes without claims: where the bench marks a new one. */
  unmarkedParagraphs: number[];
  overlappingClaims: number;
}

export function generateWorkload(spec: WorkloadSpec, seed = DEFAULT_SEED): Workload {
  const random = seededRandom(seed);
  const article = generateArticle(spec, random);
  const sources = Array.from({ length: spec.sources }, (_, i) => generateSource(i + 1, spec.sourceWords, random));
  const claims = article.claimIds.map((id, i) => generateClaimMeta(id, random, i + 1));
  const linksPerClaim = claims.map((claim) => generateEvidence(claim.id, sources, random));
  const evidence = linksPerClaim.flat();
  const activity = claims.flatMap((claim, i) => generateActivity(claim, linksPerClaim[i]));
  const project: Project = {
    format: PROJECT_FORMAT,
    version: CURRENT_VERSION,
    id: `prj_bench_${spec.name}`,
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-11-10T17:00:00.000Z',
    article: {
      title: `Benchmark article (${spec.name})`,
      outlet: 'Port Calder Gazette',
      byline: 'Factdesk bench',
      url: '',
      publishedDate: '2026-11-01',
      body: article.body,
    },
    claims,
    sources,
    evidence,
    activity,
    signOff: null,
    nextClaimNumber: claims.length + 1,
    review: { ...DEFAULT_REVIEW_SETTINGS },
    dismissedSuggestions: [],
  };
  return {
    spec,
    project: refreshClaimAnchors(project),
    unmarkedParagraphs: article.unmarkedParagraphs,
    overlappingClaims: article.overlapping.size,
  };
}
