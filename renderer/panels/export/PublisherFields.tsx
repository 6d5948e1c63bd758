import type { ReportOptions } from '../../../shared/report/options';

type PublisherKey = 'organisationName' | 'organisationUrl' | 'reviewUrl';

const FIELDS: { key: PublisherKey; label: string; placeholder: string }[] = [
  { key: 'organisationName', label: 'Fact-checking organisation', placeholder: 'e.g. Courier Fact Desk' },
  { key: 'organisationUrl', label: 'Organisation web address', placeholder: 'https://' },
  { key: 'reviewUrl', label: 'Review URL (where this fact-check will be published)', placeholder: 'https://' },
];

/**
 * Who publishes the fact-check and where: ClaimReview cannot be written
 * without them. Kept with the project once exported; first filled from Preferences.
 */
export function PublisherFields({
  options,
  onChange,
  missing,
  required,
}: {
  options: ReportOptions;
  onChange: (change: Partial<ReportOptions>) => void;
  missing: string[];
  required: boolean;
}) {
  return (
    <fieldset className="export-include export-publisher">
      <legend>Published by</legend>
      {FIELDS.map(({ key, label, placeholder }) => (
        <label key={key} className="export-text-field">
          <span>{label}</span>
          <input
            value={options[key]}
            placeholder={placeholder}
            type={key === 'organisationName' ? 'text' : 'url'}
            maxLength={2_000}
            onChange={(event) => onChange({ [key]: event.target.value })}
          />
        </label>
      ))}
      {!required && (
        <p className="export-hint">
          With all three, the report carries its ClaimReview for search engines and fact-check tools.
        </p>
      )}
      {missing.length > 0 && (
        <p className="field-error" role="alert">
          ClaimReview needs {missing.join(', ')}.
        </p>
      )}
    </fieldset>
  );
}
