import { ROLES, ROLE_LABELS, type Role } from '../../../shared/settings/identity';

/** Display name and role: asked on first run, changed in Preferences. */
export function IdentityFields({
  name,
  role,
  onName,
  onRole,
}: {
  name: string;
  role: Role;
  onName: (name: string) => void;
  onRole: (role: Role) => void;
}) {
  return (
    <>
      <label className="form-field">
        <span>Display name</span>
        <input value={name} maxLength={100} onChange={(event) => onName(event.target.value)} required />
      </label>
      <fieldset className="form-field">
        <legend>Role</legend>
        {ROLES.map((option) => (
          <label key={option} className="radio">
            <input type="radio" name="role" value={option} checked={role === option} onChange={() => onRole(option)} />
            {ROLE_LABELS[option]}
          </label>
        ))}
      </fieldset>
    </>
  );
}
