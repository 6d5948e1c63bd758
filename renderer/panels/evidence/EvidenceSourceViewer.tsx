import { useCallback, useMemo, useState } from 'react';
import type { EvidenceLink } from '../../../shared/project/schema';
import { locateExcerpt } from '../../../shared/sources/sources';
import { STANCE_LABELS } from '../../../shared/report/model';
import { activeClaimStore } from '../../state/active-claim-store';
import { claimsViewStore } from '../../project/claims-view-store';
import { useOpenDocument } from '../../project/document-store';
import { sourceViewerStore } from '../../state/source-viewer-store';
import { useSourceText } from '../../project/source-text-cache';
import { useStore } from '../../state/store';
import { SourceViewer, type SourceExcerpt } from '../sources/SourceViewer';
import type { MarkedRange } from '../sources/text-segments';
import { EvidenceLinkBar } from './EvidenceLinkBar';

const NO_LINKS: EvidenceLink[] = [];

/** The source viewer with the source's linked excerpts highlighted and the bar that links new ones. */
export function EvidenceSourceViewer() {
  const sourceId = useStore(sourceViewerStore, (state) => state.sourceId);
  const source = useOpenDocument((doc) => doc?.project.sources.find((s) => s.id === sourceId) ?? null);
  const evidence = useOpenDocument((doc) => doc?.project.evidence ?? NO_LINKS);
  const activeId = useStore(activeClaimStore, (active) => active.id);
  const claims = useStore(claimsViewStore, (view) => view.claims);
  const text = useSourceText(source ? sourceId : null);
  const [excerpt, setExcerpt] = useState<SourceExcerpt | null>(null);
  const highlights = useMemo<MarkedRange[]>(() => {
    if (!source || text === null) return [];
    return evidence
      .filter((link) => link.sourceId === source.id)
      .flatMap((link) => {
        const place = locateExcerpt({ text }, link);
        // While linking for one claim, the other claims' excerpts step back.
        const role = activeId === null ? '' : link.claimId === activeId ? ' evidence-active' : ' evidence-other';
        const label = `Claim ${claims[link.claimId]?.number ?? '?'} · ${STANCE_LABELS[link.stance]}`;
        return place ? [{ ...place, className: `evidence-${link.stance}${role}`, label }] : [];
      });
  }, [source, text, evidence, activeId, claims]);
  const onLinked = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setExcerpt(null);
  }, []);
  return (
    <SourceViewer
      highlights={highlights}
      onExcerptSelected={setExcerpt}
      footer={
        <EvidenceLinkBar excerpt={excerpt && excerpt.sourceId === sourceId ? excerpt : null} onLinked={onLinked} />
      }
    />
  );
}
