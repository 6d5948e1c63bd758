import { signOffScope } from '../../../shared/review/sign-off-gate';
import type { SignOff } from '../../../shared/project/schema';
import { useOpenDocument } from '../../project/document-store';

/** "Signed off by NAME on DATE: 9 claims approved, 2 not for publication" — exactly what the sign-off covered. */
export function signOffText(signOff: SignOff): string {
  const day = new Date(signOff.at).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  return `Signed off by ${signOff.by} on ${day}: ${signOffScope(signOff)}`;
}

export function SignOffStatus() {
  const signOff = useOpenDocument((doc) => doc?.project.signOff ?? null);
  if (!signOff) return null;
  return (
    <span className="sign-off" role="status">
      ✔ {signOffText(signOff)}
    </span>
  );
}
