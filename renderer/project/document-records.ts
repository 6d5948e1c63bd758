import type * as Y from 'yjs';
import type { ClaimMap } from '../../shared/claims/claims-in-body';
import { evidenceOf, ORIGIN } from '../../shared/project-doc/layout';
import { readEvidence, writeEvidence } from '../../shared/project-doc/records';
import type { EvidenceLink } from '../../shared/project/schema';
import { actorName } from '../state/identity-store';
import { boundClaims, DocumentClaims, isFromCollaborator, isLocal, setBoundClaims } from './document-claims';
import { documentStore, markDirty } from './document-store';
import type { ProjectDocument } from './project-document';

/**
 * The claim records and evidence links of a bound project, in its document
 * (docs/project-document.md): the window reads them from there and writes
 * them there. A project made in this window has its records written in
 * first, as no one's step. Returns how to let go.
 */
export function bindRecords(
  document: ProjectDocument,
  opened: { claims: ClaimMap; evidence?: readonly EvidenceLink[] },
): () => void {
  const claims = new DocumentClaims(document.doc, actorName);
  if (document.madeHere)
    document.doc.transact(() => {
      claims.write({}, opened.claims);
      (opened.evidence ?? []).forEach((link, seq) => writeEvidence(document.doc, link, seq));
    }, ORIGIN.localUntracked);
  document.claims = claims;
  setBoundClaims(claims);
  // An edit of the window's own (a card, Ctrl+Z) or a collaborator's leaves the local file behind; one arriving
  // from the file itself (its state, a merge) is already in it.
  const unmarkDirty = claims.subscribe(({ local, fromCollaborator }) => {
    if (local || fromCollaborator) markDirty();
  });
  const unfollowEvidence = followEvidence(document);
  return () => {
    unmarkDirty();
    unfollowEvidence();
    if (boundClaims() === claims) setBoundClaims(null);
    if (document.claims === claims) document.claims = null;
    claims.destroy();
  };
}

/** The open project's evidence list, as the document holds it, after each change to the links. */
function followEvidence(document: ProjectDocument): () => void {
  const links = evidenceOf(document.doc);
  const observer = (_event: unknown, transaction: Y.Transaction) => {
    const evidence = readEvidence(document.doc);
    const dirty = isLocal(transaction) || isFromCollaborator(transaction);
    documentStore.update((doc) =>
      doc ? { ...doc, dirty: doc.dirty || dirty, project: { ...doc.project, evidence } } : doc,
    );
  };
  links.observe(observer);
  return () => links.unobserve(observer);
}
