import { newId } from '../util/ids';
import { bodyOf, paragraphNode } from '../article/lexical-json';
import { CURRENT_VERSION, DEFAULT_REVIEW_SETTINGS, PROJECT_FORMAT, type Project } from './schema';

export function createEmptyProject(now: Date): Project {
  const at = now.toISOString();
  return {
    format: PROJECT_FORMAT,
    version: CURRENT_VERSION,
    id: newId('prj'),
    createdAt: at,
    updatedAt: at,
    article: { title: '', outlet: '', byline: '', url: '', publishedDate: '', body: bodyOf([paragraphNode([])]) },
    claims: [],
    sources: [],
    evidence: [],
    activity: [],
    signOff: null,
    nextClaimNumber: 1,
    review: { ...DEFAULT_REVIEW_SETTINGS },
    dismissedSuggestions: [],
  };
}
