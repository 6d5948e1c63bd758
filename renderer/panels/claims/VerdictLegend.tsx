import { VERDICTS, VERDICT_INFO } from '../../../shared/verdicts';

/** What each highlight colour means. */
export function VerdictLegend() {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul aria-label="Highlight colours">
        {VERDICTS.map((verdict) => (
          <li key={verdict}>
            <mark className="legend-swatch" data-verdict={verdict}>
              Aa
            </mark>
            {VERDICT_INFO[verdict].label}
          </li>
        ))}
        <li>
          <mark className="legend-swatch" data-verdict="unrated" data-overlap="true">
            Aa
          </mark>
          Overlapping claims
        </li>
      </ul>
    </details>
  );
}
