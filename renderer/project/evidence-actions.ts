import { newEvidenceLink, STANCE_LABELS } from '../../shared/evidence/evidence-links';
import { newId } from '../../shared/util/ids';
import type { ActivityEntry, EvidenceLink, Stance } from '../../shared/project/schema';
import { evidenceSeq, removeEvidence, writeEvidence } from '../../shared/project-doc/records';
import { changeClaims } from './claim-changes';
import { boundDocument } from './document-binding';
import type { ProjectDocument } from './project-document';
import { asOneStep } from './undo-history';
import { claimsViewStore } from './claims-view-store';
import { documentStore } from './document-store';
import { appendActivity, changeProject, setSignOff } from './project-changes';
import { sourceById } from './source-actions';
import { sourceText } from './source-text-cache';
import { actorName } from '../state/identity-store';
import { showNotice } from '../state/notices-store';

/**
 * Linking and unlinking evidence. Links live in project.evidence (outside the
 * editor's undo history; bound to the project's document, in its `evidence`
 * map and the person's undo history), so unlinking offers Undo in its toast. A change to
 * an approved claim's evidence sends it back to review, like any other change.
 */

const LINKED_AS: Record<Stance, string> = { supports: 'supporting', contradicts: 'contradicting', context: 'context' };

function log(action: string, link: EvidenceLink): ActivityEntry {
  const source = sourceById(link.sourceId);
  return {
    id: newId('act'),
    at: new Date().toISOString(),
    actor: actorName(),
    action,
    claimId: link.claimId,
    detail: `${STANCE_LABELS[link.stance]}: “${link.anchor.quote.exact}” (${source?.title ?? 'a source'})`,
  };
}

function afterEvidenceChange(claimId: string): void {
  if (claimsViewStore.get().claims[claimId]?.status === 'approved')
    changeClaims([{ id: claimId, patch: { status: 'needs-review' } }]);
  const signOff = documentStore.get()?.project.signOff;
  if (signOff) {
    setSignOff(null);
    appendActivity([
      {
        id: newId('act'),
        at: new Date().toISOString(),
        actor: actorName(),
        action: 'sign-off cleared',
        claimId: null,
        detail: `Signed off by ${signOff.by}; evidence changed afterwards`,
      },
    ]);
  }
}

function setEvidence(change: (evidence: EvidenceLink[]) => EvidenceLink[]): void {
  changeProject((project) => ({ ...project, evidence: change(project.evidence) }));
}

/**
 * A change to the links and what follows from it (the claim sent back to
 * review) as one change: bound to the project's document, one transaction
 * there and one undo step (the list follows the document: document-records.ts).
 */
function changeEvidence(
  inDocument: (doc: ProjectDocument['doc']) => void,
  inStore: (evidence: EvidenceLink[]) => EvidenceLink[],
  claimId: string,
): void {
  const bound = boundDocument();
  if (bound?.claims) asOneStep(() => bound.change(() => (inDocument(bound.doc), afterEvidenceChange(claimId))));
  else {
    setEvidence(inStore);
    afterEvidenceChange(claimId);
  }
}

/** Async: the excerpt's quote and context come from the source's text, which lives in main. */
export async function linkEvidence(
  claimId: string,
  excerpt: { sourceId: string; start: number; end: number },
  stance: Stance,
  note = '',
): Promise<EvidenceLink | null> {
  const source = sourceById(excerpt.sourceId);
  if (!source || excerpt.end <= excerpt.start) return null;
  const text = await sourceText(source.id);
  if (text === null || excerpt.end > text.length) return null;
  const link = newEvidenceLink(
    claimId,
    { ...source, text },
    excerpt.start,
    excerpt.end,
    stance,
    note,
    actorName(),
    new Date(),
  );
  changeEvidence(
    (doc) => writeEvidence(doc, link),
    (evidence) => [...evidence, link],
    claimId,
  );
  appendActivity([log('linked evidence', link)]);
  showNotice(
    'success',
    `Linked as ${LINKED_AS[stance]} evidence to claim ${claimsViewStore.get().claims[claimId]?.number ?? '?'}.`,
  );
  return link;
}

export function unlinkEvidence(linkId: string): void {
  const evidence = documentStore.get()?.project.evidence ?? [];
  const position = evidence.findIndex((link) => link.id === linkId);
  if (position < 0) return;
  const link = evidence[position];
  const bound = boundDocument();
  const seq = bound ? evidenceSeq(bound.doc, linkId) : undefined;
  changeEvidence(
    (doc) => removeEvidence(doc, linkId),
    (links) => links.filter((candidate) => candidate.id !== linkId),
    link.claimId,
  );
  appendActivity([log('unlinked evidence', link)]);
  showNotice('info', 'Evidence unlinked.', {
    label: 'Undo',
    run: () => {
      if (bound?.claims && bound === boundDocument()) bound.change(() => writeEvidence(bound.doc, link, seq));
      else
        setEvidence((links) =>
          links.some((l) => l.id === link.id) ? links : [...links.slice(0, position), link, ...links.slice(position)],
        );
      appendActivity([log('linked evidence', link)]);
    },
  });
}
