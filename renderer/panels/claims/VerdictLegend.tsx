import { VERDICTS } from '../../../shared/claims/verdicts';
import { useVerdictLabel } from '../widgets/use-verdict-label';

/** What each highlight colour means. */
export function VerdictLegend() {
  const labelOf = useVerdictLabel();
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul aria-label="Highlight colours">
        {VERDICTS.map((verdict) => (
          <li key={verdict}>
            <mark className="legend-swatch" data-verdict={verdict}>
              Aa
            </mark>
            {labelOf(verdict)}
          </li>
        ))}
        <li>
          <mark className="legend-swatch" data-verdict="unrated" data-overlap="true" data-outer-verdict="accurate">
            Aa
          </mark>
          Overlapping claims
        </li>
      </ul>
    </details>
  );
}
