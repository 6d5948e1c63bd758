import type { ArticleBody, Claim } from '../project/schema';

/**
 * While a project is open, claim metadata travels inside the editor state
 * (as node state on the root, key CLAIMS_STATE_KEY), so one undo history
 * covers both a highlight and its claim. In the project file the two are
 * kept apart: marks in the body, metadata in `claims`.
 */
export const CLAIMS_STATE_KEY = 'factdeskClaims';

export type ClaimMap = Readonly<Record<string, Claim>>;

type Root = ArticleBody['root'];
type RootWithState = Root & { $?: Record<string, unknown> };

export function attachClaimsToBody(body: ArticleBody, claims: readonly Claim[]): ArticleBody {
  const root = body.root as RootWithState;
  const map: Record<string, Claim> = {};
  for (const claim of claims) map[claim.id] = claim;
  const withState: RootWithState = { ...root, $: { ...(root.$ ?? {}), [CLAIMS_STATE_KEY]: map } };
  return { ...body, root: withState };
}

export function detachClaimsFromBody(body: ArticleBody): { body: ArticleBody; claims: ClaimMap } {
  const root = body.root as RootWithState;
  const state = root.$ ?? {};
  const { [CLAIMS_STATE_KEY]: claims, ...rest } = state;
  const { $: _dropped, ...rootRest } = root;
  const cleanRoot = Object.keys(rest).length > 0 ? { ...rootRest, $: rest } : rootRest;
  return { body: { ...body, root: cleanRoot }, claims: (claims as ClaimMap | undefined) ?? {} };
}
