import { describe, expect, it } from 'vitest';
import { attachClaimsToBody, CLAIMS_STATE_KEY, detachClaimsFromBody } from '../../../../shared/claims/claims-in-body';
import { newClaim } from '../../../../shared/claims/claim-factory';
import { bodyOf, markNode, paragraphNode, textNode } from '../../../../shared/article/lexical-json';

describe('claims travel inside the editor state and are kept apart in the file', () => {
  const body = bodyOf([paragraphNode([textNode('The mayor said '), markNode(['c1'], [textNode('3,000 riders')])])]);
  const claim = newClaim('c1', '3,000 riders', 'Priya', new Date('2026-11-22T00:00:00Z'));

  it('round-trips: attach then detach gives back the body and the claims', () => {
    const attached = attachClaimsToBody(body, [claim]);
    expect((attached.root as { $?: Record<string, unknown> }).$?.[CLAIMS_STATE_KEY]).toEqual({ c1: claim });
    const { body: clean, claims } = detachClaimsFromBody(attached);
    expect(clean).toEqual(body);
    expect(claims).toEqual({ c1: claim });
  });

  it('keeps other node state on the root', () => {
    const withOther = { ...body, root: { ...body.root, $: { theme: 'x' } } };
    const { body: clean } = detachClaimsFromBody(attachClaimsToBody(withOther, [claim]));
    expect((clean.root as { $?: unknown }).$).toEqual({ theme: 'x' });
  });

  it('reads a body with no claims as an empty map', () => {
    expect(detachClaimsFromBody(body).claims).toEqual({});
  });
});
