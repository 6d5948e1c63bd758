import type { ReportVariant } from '../../../shared/report/options';

const VARIANTS: { value: ReportVariant; label: string; hint: string }[] = [
  {
    value: 'publication',
    label: 'Publication',
    hint: 'For readers: approved claims only, with their public explanations. No internal notes, comments or tags.',
  },
  {
    value: 'internal',
    label: 'Internal',
    hint: 'For the desk: every claim, with internal notes, review status and comments. Not for publication.',
  },
];

/** Publication or internal report: the choice of what leaves the desk, made visible. */
export function VariantChoice({
  value,
  onChange,
  locked,
}: {
  value: ReportVariant;
  onChange: (variant: ReportVariant) => void;
  locked: boolean;
}) {
  return (
    <fieldset className="export-include export-variant">
      <legend>Report for</legend>
      {VARIANTS.map((variant) => (
        <label key={variant.value}>
          <input
            type="radio"
            name="report-variant"
            value={variant.value}
            checked={value === variant.value}
            disabled={locked && variant.value !== 'publication'}
            onChange={() => onChange(variant.value)}
          />
          <span>
            <strong>{variant.label}</strong>
            <span className="export-hint">{variant.hint}</span>
          </span>
        </label>
      ))}
      {locked && (
        <p className="export-hint">
          ClaimReview is always published: it has approved claims only, never internal notes.
        </p>
      )}
    </fieldset>
  );
}
